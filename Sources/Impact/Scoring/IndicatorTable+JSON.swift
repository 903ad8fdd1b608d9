import Foundation

extension IndicatorTable {
    /// Reads an indicator table from JSON:
    /// `{"title": "…", "indicators": [{"一级指标": "产出指标", "二级指标": "数量指标",
    /// "年度指标值": "100家", "实际完成值": "97家", "分值": 15}, …]}` — or the array alone.
    ///
    /// Keys are the CSV headers (Chinese or English aliases, see ``IndicatorField``);
    /// values are strings, or numbers for weights, scores and unitless targets/actuals;
    /// unknown keys are ignored. Errors name the file and the JSON path
    /// (`indicators[2].target`).
    public init(json data: Data, file: String = "<json>") throws(ScoringError) {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .malformedFile(IndicatorLocation(file: file), reason: "it is not valid JSON (\(error.localizedDescription))")
        }
        var title: String?
        let list: [Any]
        if let object = root as? [String: Any] {
            title = object["title"] as? String ?? object["标题"] as? String
            guard let rows = (object["indicators"] ?? object["指标"]) as? [Any] else {
                throw .malformedFile(IndicatorLocation(file: file),
                                     reason: "the top-level object needs an \"indicators\" array")
            }
            list = rows
        } else if let rows = root as? [Any] {
            list = rows
        } else {
            throw .malformedFile(IndicatorLocation(file: file), reason: "expected an object or an array at the top level")
        }
        var indicators: [Indicator] = []
        for (index, element) in list.enumerated() {
            let origin = IndicatorOrigin(file: file, index: index)
            guard let object = element as? [String: Any] else {
                throw .malformedFile(origin.location(), reason: "each indicator must be a JSON object")
            }
            var cells: [IndicatorField: String] = [:]
            var keyOf: [IndicatorField: String] = [:]
            for key in object.keys.sorted() {
                let value = object[key]!
                guard let field = IndicatorField(header: key) else { continue }
                if let first = keyOf[field] {
                    throw .malformedFile(origin.location(of: field),
                                         reason: "the keys '\(first)' and '\(key)' both give \(field.headers[0]) (\(field.rawValue)); keep one")
                }
                keyOf[field] = key
                switch value {
                case let text as String: cells[field] = text
                case let number as NSNumber:
                    cells[field] = formatIndicatorNumber(number.doubleValue)
                case is NSNull: cells[field] = ""
                default:
                    throw .invalidCell(origin.location(of: field), field: field, found: "\(value)",
                                       expected: field.expected)
                }
            }
            for field in IndicatorTable.requiredFields where cells[field] == nil {
                if field == .actual, cells[.actualSource] != nil { continue }
                throw .missingField(origin.location(of: field), field: field)
            }
            indicators.append(try IndicatorTable.indicator(cells: cells, origin: origin))
        }
        guard !indicators.isEmpty else { throw .emptyTable(file: file) }
        self.init(indicators: indicators, title: title, file: file)
    }
}
