import Foundation
import ZIPFoundation

/// The parts of an Office Open XML package (a .xlsx or .docx file) and the ZIP container
/// that holds them.
///
/// Parts are written in the order given, deflate-compressed, each stamped 1980-01-01 00:00
/// (the earliest date ZIP can store), so the same parts always give the same bytes: no
/// current date enters the file.
struct OfficePackage {
    /// One part: its path inside the package (`xl/workbook.xml`) and its bytes.
    struct Part {
        let path: String
        let data: Data
    }

    /// The parts, in writing order (`[Content_Types].xml` first, as Office writes it).
    let parts: [Part]

    /// The fixed modification date of every entry: 1980-01-01 00:00:00 UTC.
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    /// The package as the bytes of a ZIP file.
    func zipped() -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let data = part.data
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: Self.fixedDate, permissions: 0o644,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let bytes = archive.data else { preconditionFailure("in-memory archive has no data") }
            return bytes
        } catch {
            // An in-memory archive with well-formed paths cannot fail to write.
            preconditionFailure("writing an in-memory ZIP archive failed: \(error)")
        }
    }
}

/// Text escaped for XML element content and attribute values (`&`, `<`, `>`, `"`, `'`);
/// characters XML 1.0 forbids (C0 controls other than tab, LF and CR, U+FFFE, U+FFFF) are
/// dropped, so any string from data yields a well-formed part.
enum XMLText {
    /// `text` escaped for XML.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The XML declaration every part starts with.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
}
