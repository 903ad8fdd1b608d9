"""Writes the xlsx/CSV fixtures of Tests/ImpactTests/Data/TableFileTests.swift.

Run from this folder:  python3 make_fixtures.py   (openpyxl 3.1.5, Python 3)
then:  libreoffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx --outdir lo panel-utf8-bom.csv
       mv lo/panel-utf8-bom.xlsx panel-libreoffice.xlsx && rmdir lo
       libreoffice --headless --infilter="CSV:44,34,76,1" --convert-to xls --outdir lo small.csv
       mv lo/small.xls legacy.xls
       libreoffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx --outdir lo ../../../../datasets/chaoyang-2024/indicators.csv
       mv lo/indicators.xlsx indicators-libreoffice.xlsx && rmdir lo
(LibreOffice 7.4.7.2). The panel is deterministic (no randomness beyond a fixed LCG).
"""
import zipfile
import openpyxl
from openpyxl.styles import numbers

HEADERS = ["统一社会信用代码", "所属行业", "年份", "营业收入(万元)", "研发费用(万元)", "是否获得支持", "支持金额(万元)"]
SECTORS = ["制造业", "信息技术", "批发零售", "建筑业", "科学研究"]
state = 20240601


def rand():
    global state
    state = (state * 1103515245 + 12345) % (2 ** 31)
    return state / 2 ** 31


def panel_rows():
    rows = []
    for firm in range(300):
        code = "91110105MA%08d" % (firm * 7919 % 100000000)
        sector = SECTORS[firm % 5]
        supported = firm % 3 == 0
        base = round(200 + rand() * 5000, 1)
        for year in (2020, 2021, 2022, 2023):
            revenue = round(base * (1 + 0.05 * (year - 2020)) + rand() * 100, 1)
            rd = round(revenue * 0.03, 1)
            rows.append({
                "code": code, "sector": sector, "year": year,
                "revenue": None if (firm == 17 and year == 2021) else revenue,
                "rd": None if firm % 11 == 4 else rd,
                "supported": "是" if supported else "否",
                "amount": (round(50 + firm % 7 * 10.5, 1) if supported and year == 2023 else None),
            })
    return rows


def csv_number(value):
    if value is None:
        return ""
    text = "{:,.1f}".format(value)
    return '"%s"' % text if "," in text else text


def write_csv(rows):
    lines = [",".join(HEADERS)]
    for r in rows:
        lines.append(",".join([r["code"], r["sector"], "%d年" % r["year"], csv_number(r["revenue"]),
                               csv_number(r["rd"]), r["supported"], csv_number(r["amount"])]))
    text = "\r\n".join(lines) + "\r\n"
    open("panel-utf8-bom.csv", "wb").write(b"\xef\xbb\xbf" + text.encode("utf-8"))
    open("panel-gbk.csv", "wb").write(text.encode("gb18030"))


def write_openpyxl(rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "企业数据"
    sheet.append(HEADERS)
    for r in rows:
        sheet.append([r["code"], r["sector"], "%d年" % r["year"], r["revenue"], r["rd"], r["supported"], r["amount"]])
    for row in sheet.iter_rows(min_row=2, min_col=4, max_col=5):
        for cell in row:
            cell.number_format = "#,##0.0"
    other = book.create_sheet("说明")
    other.append(["本工作簿为测试数据"])
    book.save("panel-openpyxl.xlsx")


def write_features():
    """Dates, booleans, a title row, merged header cells, an error value, a second sheet."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet["A1"] = "2023年企业数据"
    sheet.merge_cells("A1:F1")
    sheet["A2"] = "企业"
    sheet.merge_cells("A2:A3")
    sheet["B2"] = "营业收入(万元)"
    sheet.merge_cells("B2:C2")
    sheet["B3"] = "2022"
    sheet["C3"] = "2023"
    sheet["D2"] = "报告日期"
    sheet.merge_cells("D2:D3")
    sheet["E2"] = "成立日期"
    sheet.merge_cells("E2:E3")
    sheet["F2"] = "高新"
    sheet.merge_cells("F2:F3")
    import datetime
    data = [
        ("甲公司", 1200.5, 1350.25, datetime.date(2023, 12, 31), datetime.date(1999, 3, 1), True),
        ("乙公司, 北京", 800, None, datetime.date(2023, 12, 31), datetime.date(2010, 10, 20), False),
        ('丙"公司"', -15.5, 20, datetime.date(2023, 12, 31), datetime.date(1900, 3, 1), True),
    ]
    for index, row in enumerate(data, start=4):
        for column, value in enumerate(row, start=1):
            sheet.cell(row=index, column=column, value=value)
        sheet.cell(row=index, column=4).number_format = "yyyy-mm-dd"
        sheet.cell(row=index, column=5).number_format = 'yyyy"年"m"月"d"日"'
    years = book.create_sheet("年份")
    years.append(["年份", "值"])
    for year, value in ((2021, 1.5), (2022, 2.5)):
        years.append([datetime.date(year, 1, 1), value])
        years.cell(row=years.max_row, column=1).number_format = 'yyyy"年"'
    rates = book.create_sheet("比率")
    rates.append(["指标", "完成率"])
    for name, rate, style in (("a", 0.855, "0.0%"), ("b", 1, "0%")):
        rates.append([name, rate])
        rates.cell(row=rates.max_row, column=2).number_format = style
    book.save("features-openpyxl.xlsx")


def write_handmade():
    """Inline strings, cells and rows without r attributes, no styles part, an error cell, a rich-text shared string with a phonetic run."""
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             '<row><c t="inlineStr"><is><t>name</t></is></c><c t="inlineStr"><is><t>value</t></is></c><c t="s"><v>0</v></c></row>'
             '<row><c t="inlineStr"><is><t xml:space="preserve">a &amp; b</t></is></c><c><v>1.5E-3</v></c><c t="b"><v>1</v></c></row>'
             '<row r="4"><c r="A4" t="inlineStr"><is><r><t>x</t></r><r><t>y</t></r></is></c><c r="B4" t="e"><v>#N/A</v></c>'
             '<c r="C4" t="b"><v>0</v></c></row>'
             '</sheetData></worksheet>')
    shared = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<si><r><t>fl</t></r><r><rPr><b/></rPr><t>ag</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si></sst>')
    workbook = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                '<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>')
    with zipfile.ZipFile("handmade.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr("xl/sharedStrings.xml", shared)


def write_small_and_encrypted():
    open("small.csv", "w").write("a,b\n1,2\n")
    # An OLE2 compound file header followed by a directory entry named EncryptedPackage
    # (UTF-16LE), as Office writes a password-protected .xlsx; only the parts the reader
    # looks at are real.
    header = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504)
    entry = "EncryptedPackage".encode("utf-16-le") + bytes(128 - 32)
    open("encrypted.xlsx", "wb").write(header + entry + bytes(1024))


if __name__ == "__main__":
    rows = panel_rows()
    write_csv(rows)
    write_openpyxl(rows)
    write_features()
    write_handmade()
    write_small_and_encrypted()
