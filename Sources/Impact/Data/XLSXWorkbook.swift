import Foundation
import ZIPFoundation

/// An Office Open XML workbook (`.xlsx`) opened for reading: its sheets by name, its shared
/// strings, the number format of each cell style and its date system.
///
/// The container is a ZIP archive (read with ZIPFoundation); the parts are XML read with
/// ``XMLByteScanner``. Parts read: `xl/workbook.xml` (sheet names, the 1904 date system),
/// `xl/_rels/workbook.xml.rels` (where each sheet's part is), `xl/sharedStrings.xml`,
/// `xl/styles.xml` (`numFmts` and `cellXfs`) and the chosen sheet.
struct XLSXWorkbook {
    /// The path, as given (errors name it).
    let path: String
    /// Sheet names in workbook order, with their part paths inside the archive.
    let sheets: [(name: String, part: String)]
    /// The shared strings, decoded to UTF-8 text.
    let sharedStrings: [[UInt8]]
    /// The kind of number format of each cell style (index = the cell's `s` attribute).
    let styles: [XLSXNumberFormat]
    /// Whether serial dates count from 1904 (`date1904="1"`).
    let date1904: Bool
    private let archive: Archive
    /// The whole file: parts are inflated from it with bounds (``ZIPPartInflater``).
    private let bytes: [UInt8]
    /// The local header of each part of ``bytes``, by name.
    private let localEntries: [String: ZIPPartInflater.LocalEntry]

    /// Opens the workbook at `path`.
    init(path: String) throws(CSVError) {
        self.path = path
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
            bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .unreadableWorkbook(file: path, reason: "it is not a valid .xlsx (ZIP) file")
        }
        localEntries = ZIPPartInflater.localEntries(in: bytes)
        let workbookPart = try Self.part("xl/workbook.xml", of: archive, in: (bytes, localEntries), path: path, required: true)
        let relations = try Self.part("xl/_rels/workbook.xml.rels", of: archive, in: (bytes, localEntries), path: path, required: true)
        (sheets, date1904) = Self.sheets(workbook: workbookPart, relations: relations)
        guard !sheets.isEmpty else { throw .unreadableWorkbook(file: path, reason: "it has no worksheet") }
        sharedStrings = Self.sharedStrings(try Self.part("xl/sharedStrings.xml", of: archive, in: (bytes, localEntries), path: path, required: false))
        styles = Self.styles(try Self.part("xl/styles.xml", of: archive, in: (bytes, localEntries), path: path, required: false))
    }

    /// The bytes of part `name` of the archive (empty when absent and not `required`).
    static func part(_ name: String, of archive: Archive,
                     in file: (bytes: [UInt8], entries: [String: ZIPPartInflater.LocalEntry]),
                     path: String, required: Bool) throws(CSVError) -> [UInt8] {
        guard let entry = archive[name] ?? archive.first(where: { $0.path.lowercased() == name.lowercased() }) else {
            if required { throw .unreadableWorkbook(file: path, reason: "it lacks the part \(name)") }
            return []
        }
        do {
            return try ZIPPartInflater.part(file.entries[entry.path], compressedSize: Int(clamping: entry.compressedSize),
                                            uncompressedSize: Int(clamping: entry.uncompressedSize), in: file.bytes)
        } catch {
            throw .unreadableWorkbook(file: path, reason: "its part \(name) cannot be decompressed: \(error)")
        }
    }

    /// The bytes of the part of sheet `name`, or of the first sheet when `name` is `nil`.
    func sheetPart(_ name: String?) throws(CSVError) -> (name: String, bytes: [UInt8]) {
        let chosen: (name: String, part: String)
        if let name {
            guard let found = sheets.first(where: { $0.name == name })
                    ?? sheets.first(where: { $0.name.trimmingUnitSpaces() == name.trimmingUnitSpaces() }) else {
                throw .unknownSheet(file: path, sheet: name, available: sheets.map(\.name))
            }
            chosen = found
        } else {
            chosen = sheets[0]
        }
        return (chosen.name, try Self.part(chosen.part, of: archive, in: (bytes, localEntries), path: path, required: true))
    }

    /// Sheet names and parts from `workbook.xml` and its relationships, and the date system.
    private static func sheets(workbook: [UInt8], relations: [UInt8]) -> ([(name: String, part: String)], Bool) {
        var targets: [String: String] = [:]
        relations.withUnsafeBufferPointer { buffer in
            var scanner = XMLByteScanner(buffer)
            while let tag = scanner.nextTag() {
                guard !tag.isEnd, scanner.tag(tag, is: "Relationship"),
                      let id = scanner.attributeText("Id", of: tag),
                      let target = scanner.attributeText("Target", of: tag) else { continue }
                targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        var sheets: [(name: String, part: String)] = []
        var date1904 = false
        workbook.withUnsafeBufferPointer { buffer in
            var scanner = XMLByteScanner(buffer)
            while let tag = scanner.nextTag() {
                guard !tag.isEnd else { continue }
                if scanner.tag(tag, is: "workbookPr") {
                    let value = scanner.attributeText("date1904", of: tag)
                    date1904 = value == "1" || value == "true"
                } else if scanner.tag(tag, is: "sheet"), let name = scanner.attributeText("name", of: tag),
                          let id = scanner.attributeText("id", of: tag), let part = targets[id] {
                    sheets.append((name, part))
                }
            }
        }
        return (sheets, date1904)
    }

    /// The shared strings: each `<si>`'s `<t>` texts joined, phonetic runs (`<rPh>`) left out.
    private static func sharedStrings(_ part: [UInt8]) -> [[UInt8]] {
        var strings: [[UInt8]] = []
        part.withUnsafeBufferPointer { buffer in
            var scanner = XMLByteScanner(buffer)
            var current: [UInt8] = []
            while let tag = scanner.nextTag() {
                if scanner.tag(tag, is: "si") {
                    if tag.isEnd || tag.isEmpty { strings.append(current) }
                    current = []
                } else if !tag.isEnd, scanner.tag(tag, is: "rPh") {
                    if !tag.isEmpty { scanner.skipElement(named: "rPh") }
                } else if !tag.isEnd, !tag.isEmpty, scanner.tag(tag, is: "t") {
                    scanner.appendDecoded(scanner.text(), to: &current)
                }
            }
        }
        return strings
    }

    /// The number-format kind of each cell style (`cellXfs`), from `styles.xml`.
    private static func styles(_ part: [UInt8]) -> [XLSXNumberFormat] {
        var codes: [Int: String] = [:]
        var formatIDs: [Int] = []
        part.withUnsafeBufferPointer { buffer in
            var scanner = XMLByteScanner(buffer)
            var inCellFormats = false
            while let tag = scanner.nextTag() {
                if scanner.tag(tag, is: "cellXfs") {
                    inCellFormats = !tag.isEnd && !tag.isEmpty
                } else if !tag.isEnd, scanner.tag(tag, is: "numFmt"),
                          let id = scanner.attributeText("numFmtId", of: tag).flatMap({ Int($0) }),
                          let code = scanner.attributeText("formatCode", of: tag) {
                    codes[id] = code
                } else if inCellFormats, !tag.isEnd, scanner.tag(tag, is: "xf") {
                    formatIDs.append(scanner.attributeText("numFmtId", of: tag).flatMap { Int($0) } ?? 0)
                }
            }
        }
        return formatIDs.map { XLSXNumberFormat(id: $0, codes: codes) }
    }
}
