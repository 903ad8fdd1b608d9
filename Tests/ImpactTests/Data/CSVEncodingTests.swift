import Testing
@testable import Impact

/// `行业,营收(万元)\n软件,208.7亿\n` in GB18030, as Excel on Chinese Windows saves it
/// (bytes from `iconv -f UTF-8 -t GB18030`).
private let gbkFile: [UInt8] = [
    0xD0, 0xD0, 0xD2, 0xB5, 0x2C, 0xD3, 0xAA, 0xCA, 0xD5, 0x28, 0xCD, 0xF2,
    0xD4, 0xAA, 0x29, 0x0A, 0xC8, 0xED, 0xBC, 0xFE, 0x2C, 0x32, 0x30, 0x38,
    0x2E, 0x37, 0xD2, 0xDA, 0x0A,
]

@Suite("CSV encodings")
struct CSVEncodingTests {
    @Test("a GBK file is recognised and decoded automatically")
    func automaticGBK() throws {
        let table = try CSVReader.read(bytes: gbkFile, fileName: "gbk.csv")
        #expect(table.columnNames == ["行业", "营收"])
        #expect(table.unit(of: "营收") == .wan)
        #expect(try table.numeric("营收").values == [2_087_000])
        guard case .categorical(let sector) = try table.column("行业") else {
            Issue.record("行业 should be categorical")
            return
        }
        #expect(sector.levels == ["软件"])
    }

    @Test("GB18030 named explicitly, and in the record layer")
    func explicitGB18030() throws {
        let table = try CSVReader.read(bytes: gbkFile, options: CSVReadOptions(encoding: .gb18030))
        #expect(table.columnNames == ["行业", "营收"])
        let records = try CSVParser.records(in: gbkFile, encoding: .gb18030)
        #expect(records.map(\.fields) == [["行业", "营收(万元)"], ["软件", "208.7亿"]])
    }

    @Test("a GBK file read as UTF-8 only is an error at its first line")
    func utf8Only() {
        #expect(throws: CSVError.invalidUTF8(CSVLocation(file: "gbk.csv", line: 1, column: 1))) {
            try CSVReader.read(bytes: gbkFile, fileName: "gbk.csv", options: CSVReadOptions(encoding: .utf8))
        }
    }

    @Test("bytes that are not GB18030 give the line where decoding stopped")
    func invalidGB18030() {
        let bytes = Array("a,b\n1,2\n3,".utf8) + [0xFF, 0xFF] + Array("\n".utf8)
        #expect(throws: CSVError.invalidEncoding(CSVLocation(file: "bad.csv", line: 3), encoding: .gb18030)) {
            try CSVReader.read(bytes: bytes, fileName: "bad.csv", options: CSVReadOptions(encoding: .gb18030))
        }
    }

    /// `Fixtures/data/gbk-sectors.csv`: two sector lines of the seed report, written with
    /// `iconv -t GB18030` and CRLF line ends, as Excel on Chinese Windows saves them.
    @Test("a GBK file read from disk")
    func gbkFromDisk() throws {
        let here = #filePath
        let root = here[..<here.range(of: "/Data/CSVEncodingTests.swift")!.lowerBound]
        let table = try CSVReader.read(path: root + "/Fixtures/data/gbk-sectors.csv")
        #expect(table.columnNames == ["行业", "企业数", "营收"])
        #expect(try table.numeric("营收").values == [2_087_000, 446_500])
        #expect(try table.numeric("企业数").values == [14, 4])
        guard case .categorical(let sector) = try table.column("行业") else {
            Issue.record("行业 should be categorical")
            return
        }
        #expect(sector.levels == ["软件和信息技术服务业", "科学研究和技术服务业"])
    }

    @Test("UTF-8 validation skips ASCII and checks multi-byte runs")
    func validation() {
        let check = { (bytes: [UInt8]) in bytes.withUnsafeBufferPointer { CSVEncoding.isValidUTF8($0) } }
        #expect(check(Array("plain ascii text, long enough for words".utf8)))
        #expect(check(Array("软件和信息技术服务业,208.7亿".utf8)))
        #expect(!check(gbkFile))
        #expect(!check(Array("abcdefgh".utf8) + [0xE4, 0xB8]))
        #expect(check([]))
    }
}
