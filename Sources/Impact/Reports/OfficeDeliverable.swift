import Foundation

/// A ``Reportable`` that lays out its own workbook or Word document (the 绩效自评表, the
/// evaluation report); any other value gets the generic layout of its report tables.
protocol OfficeDeliverable: Reportable {
    /// The workbook written for `--format xlsx`.
    func workbook(language: Language) -> Workbook
    /// The document written for `--format docx`.
    func wordDocument(language: Language) -> WordDocument
}

extension ReportRenderer {
    /// The .xlsx bytes of `item`: its own workbook, or one sheet per report table.
    static func xlsx(_ item: some Reportable, language: Language) -> Data {
        if let deliverable = item as? any OfficeDeliverable {
            return deliverable.workbook(language: language).xlsxData()
        }
        return Workbook(tables: item.reportTables(language: language), language: language).xlsxData()
    }

    /// The .docx bytes of `item`: its own document, or its title and report tables.
    static func docx(_ item: some Reportable, language: Language) -> Data {
        if let deliverable = item as? any OfficeDeliverable {
            return deliverable.wordDocument(language: language).docxData()
        }
        return WordDocument(title: item.reportTitle(language: language), tables: item.reportTables(language: language),
                            language: language).docxData()
    }
}
