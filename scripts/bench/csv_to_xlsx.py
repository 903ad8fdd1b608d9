"""Converts a CSV file into a one-sheet .xlsx (standard library only), for scripts/bench/xlsx-read.

    python3 scripts/bench/csv_to_xlsx.py IN.csv OUT.xlsx

Cells that parse as numbers are written as numbers (`<c><v>…</v></c>`), others as shared
strings, as Excel itself stores them; row and cell references are written out (`r="B12"`).
"""
import csv
import sys
import zipfile
from xml.sax.saxutils import escape


def column_letters(index):
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def main(source, target):
    strings, string_index = [], {}
    rows = []
    with open(source, newline="", encoding="utf-8-sig") as handle:
        for r, record in enumerate(csv.reader(handle), start=1):
            cells = []
            for c, value in enumerate(record):
                ref = column_letters(c) + str(r)
                if value == "":
                    continue
                try:
                    float(value)
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, value))
                except ValueError:
                    if value not in string_index:
                        string_index[value] = len(strings)
                        strings.append(value)
                    cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, string_index[value]))
            rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    main_ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    sheet = '<?xml version="1.0" encoding="UTF-8"?><worksheet %s><sheetData>%s</sheetData></worksheet>' % (
        main_ns, "".join(rows))
    shared = '<?xml version="1.0" encoding="UTF-8"?><sst %s count="%d">%s</sst>' % (
        main_ns, len(strings), "".join("<si><t>%s</t></si>" % escape(s) for s in strings))
    workbook = ('<?xml version="1.0" encoding="UTF-8"?><workbook %s '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>') % main_ns
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships '
            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>')
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", rels)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        archive.writestr("xl/sharedStrings.xml", shared)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
