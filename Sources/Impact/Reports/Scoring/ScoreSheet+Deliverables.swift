extension ScoreSheet: OfficeDeliverable {
    /// HTML: the 绩效自评表 in the official layout (``SelfEvaluationForm``), its header, funds
    /// and sign-off cells blank for the office to fill in.
    public func customText(format: OutputFormat, language: Language) -> String? {
        SelfEvaluationForm(sheet: self).customText(format: format, language: language)
    }

    /// The workbook of the form alone (sheet 自评表).
    func workbook(language: Language) -> Workbook {
        SelfEvaluationForm(sheet: self).workbook(language: language)
    }

    /// The Word document of the form alone.
    func wordDocument(language: Language) -> WordDocument {
        SelfEvaluationForm(sheet: self).wordDocument(language: language)
    }
}
