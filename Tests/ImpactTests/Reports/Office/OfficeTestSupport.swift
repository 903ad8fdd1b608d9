import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation
@testable import Impact

/// Reads an Office package back: its entries by path, as text, and parsed XML.
struct OfficeFile {
    /// Entry paths in the order they are stored.
    let paths: [String]
    /// Entry bytes by path.
    let entries: [String: Data]
    /// Modification dates of the entries.
    let dates: [Date]

    /// Unzips `data`.
    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        var paths: [String] = [], entries: [String: Data] = [:], dates: [Date] = []
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            paths.append(entry.path)
            entries[entry.path] = bytes
            dates.append(entry.fileAttributes[.modificationDate] as? Date ?? .distantPast)
        }
        self.paths = paths
        self.entries = entries
        self.dates = dates
    }

    /// The entry at `path` as UTF-8 text.
    func text(_ path: String) throws -> String {
        String(decoding: try #require(entries[path], "no entry \(path)"), as: UTF8.self)
    }

    /// The entry at `path` parsed as XML (fails the test when it is not well-formed).
    func xml(_ path: String) throws -> XMLDocument {
        try XMLDocument(data: try #require(entries[path], "no entry \(path)"))
    }
}

extension XMLDocument {
    /// The elements named `name` (local name, any namespace), in document order.
    func elements(_ name: String) throws -> [XMLElement] {
        try nodes(forXPath: "//*[local-name()='\(name)']").compactMap { $0 as? XMLElement }
    }
}

extension XMLElement {
    /// The value of the attribute whose local name is `name`.
    func attribute(_ name: String) -> String? {
        attributes?.first { $0.localName == name || $0.name == name }?.stringValue
    }
}

/// The seed's programme (`/work/shared/seed/000_da66284102358d29.txt`): 2024 budget
/// 11559.274 万元 (97 projects 11513.2 万元 and 46.074 万元 of third-party services), the
/// four objectives of its 项目绩效目标 section.
enum SeedProgramme {
    static let description = ProgrammeDescription(
        title: "朝阳区高新技术产业发展引导资金",
        department: "北京市朝阳区发展和改革委员会",
        implementer: "北京市朝阳区发展和改革委员会",
        year: 2024,
        funds: [
            FundsLine(source: .total, initialBudget: 11559.274, fullYearBudget: 11559.274, executed: 11559.274),
            FundsLine(source: .currentAppropriation, initialBudget: 11513.2, fullYearBudget: 11513.2, executed: 11513.2),
            FundsLine(source: .carriedOver, initialBudget: 0, fullYearBudget: 0, executed: 0),
            FundsLine(source: .other, initialBudget: 46.074, fullYearBudget: 46.074, executed: 46.074),
        ],
        objectives: [
            ProgrammeObjective(expected: "构建高精尖产业结构，培育高精尖产业项目，促进产业集聚，推动园区级收入及高新产业总收入保持增长",
                               achieved: "支持软件信息服务业、科技服务业、工业企业规模化发展，拉动行业增速8.2、2.97、2.53个百分点"),
            ProgrammeObjective(expected: "企业区级收入增速高于区平均水平、研发投入强度达到4%以上", achieved: "研发投入强度7.8%"),
            ProgrammeObjective(expected: "完成项目征集、评审等程序，按统一工作进度要求拨出资金，支持约100-200家高新技术产业企业",
                               achieved: "支持项目97个，支持金额11513.2万元"),
            ProgrammeObjective(expected: "以申报企业为服务对象的满意度达到90%以上", achieved: "满意度＞90%"),
        ],
        signOff: SignOff(preparer: "张三", reviewer: "李四", telephone: "010-00000000", date: "2025-03-31"))
}
