import Foundation
import Testing

/// `impact event-study` reads `event_time` when the file has it (an optional column of the
/// selection), which renames the derived event-time column to `event_time_es`; reading only
/// the used columns gives the same names as reading every column.
@Suite("impact event-study: an event_time column in the file renames the derived column")
struct EventStudyEventTimeNameTests {
    /// Seven firms × 2019–2022: cohorts 2021 (F1, F2), 2022 (F3, F4) and never treated
    /// (blank or 0), among columns the estimators do not use (text with blanks, Chinese names,
    /// a covariate, and an `event_time` column of junk).
    static let wide = """
        企业名称,firm_id,note,year,区域,y,cohort,x,event_time
        甲公司,F1,a,2019,东城,8.63,2021,1.0,x
        甲公司,F1,a,2020,东城,9.10,2021,1.1,
        甲公司,F1,,2021,东城,11.68,2021,0.4,1
        甲公司,F1,,2022,东城,11.83,2021,1.7,
        乙公司,F2,b,2019,西城,9.20,2021,1.6,
        乙公司,F2,a,2020,西城,9.11,2021,0.6,1
        乙公司,F2,a,2021,西城,11.73,2021,0.2,1
        乙公司,F2,a,2022,西城,11.73,2021,1.0,x
        丙公司,F3,b,2019,东城,8.81,2022,1.7,x
        丙公司,F3,b,2020,东城,9.82,2022,1.4,
        丙公司,F3,b,2021,东城,10.27,2022,0.4,
        丙公司,F3,a,2022,东城,12.07,2022,0.9,x
        丁公司,F4,,2019,西城,9.47,2022,0.2,
        丁公司,F4,a,2020,西城,9.82,2022,1.0,1
        丁公司,F4,a,2021,西城,10.20,2022,0.3,1
        丁公司,F4,a,2022,西城,11.98,2022,1.8,1
        戊公司,F5,a,2019,东城,10.35,,0.9,1
        戊公司,F5,b,2020,东城,10.89,0,0.4,
        戊公司,F5,,2021,东城,11.21,,1.4,
        戊公司,F5,b,2022,东城,12.24,0,1.7,x
        己公司,F6,a,2019,西城,9.07,,0.1,
        己公司,F6,a,2020,西城,9.98,0,1.5,
        己公司,F6,a,2021,西城,9.94,,0.6,x
        己公司,F6,a,2022,西城,11.04,0,1.7,1
        庚公司,F7,b,2019,东城,10.38,,0.4,
        庚公司,F7,a,2020,东城,11.05,0,0.8,x
        庚公司,F7,,2021,东城,11.59,,0.7,
        庚公司,F7,a,2022,东城,11.96,0,2.0,1

        """

    /// The same rows with only the key, outcome, cohort and region columns.
    static let narrow = """
        firm_id,year,y,cohort,区域
        F1,2019,8.63,2021,东城
        F1,2020,9.10,2021,东城
        F1,2021,11.68,2021,东城
        F1,2022,11.83,2021,东城
        F2,2019,9.20,2021,西城
        F2,2020,9.11,2021,西城
        F2,2021,11.73,2021,西城
        F2,2022,11.73,2021,西城
        F3,2019,8.81,2022,东城
        F3,2020,9.82,2022,东城
        F3,2021,10.27,2022,东城
        F3,2022,12.07,2022,东城
        F4,2019,9.47,2022,西城
        F4,2020,9.82,2022,西城
        F4,2021,10.20,2022,西城
        F4,2022,11.98,2022,西城
        F5,2019,10.35,,东城
        F5,2020,10.89,0,东城
        F5,2021,11.21,,东城
        F5,2022,12.24,0,东城
        F6,2019,9.07,,西城
        F6,2020,9.98,0,西城
        F6,2021,9.94,,西城
        F6,2022,11.04,0,西城
        F7,2019,10.38,,东城
        F7,2020,11.05,0,东城
        F7,2021,11.59,,东城
        F7,2022,11.96,0,东城

        """

    /// The same rows with the key, outcome and cohort columns and the junk `event_time`.
    static let narrowWithEventTime = """
        firm_id,year,y,cohort,event_time
        F1,2019,8.63,2021,x
        F1,2020,9.10,2021,
        F1,2021,11.68,2021,1
        F1,2022,11.83,2021,
        F2,2019,9.20,2021,
        F2,2020,9.11,2021,1
        F2,2021,11.73,2021,1
        F2,2022,11.73,2021,x
        F3,2019,8.81,2022,x
        F3,2020,9.82,2022,
        F3,2021,10.27,2022,
        F3,2022,12.07,2022,x
        F4,2019,9.47,2022,
        F4,2020,9.82,2022,1
        F4,2021,10.20,2022,1
        F4,2022,11.98,2022,1
        F5,2019,10.35,,1
        F5,2020,10.89,0,
        F5,2021,11.21,,
        F5,2022,12.24,0,x
        F6,2019,9.07,,
        F6,2020,9.98,0,
        F6,2021,9.94,,x
        F6,2022,11.04,0,1
        F7,2019,10.38,,
        F7,2020,11.05,0,x
        F7,2021,11.59,,
        F7,2022,11.96,0,1

        """

    /// The JSON of `arguments` on each file, which must all succeed.
    func outputs(_ arguments: [String], files: [String]) throws -> [String] {
        try files.map { file in
            let run = try CLIRunner.run([arguments[0], "--data", file] + arguments.dropFirst())
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout
        }
    }

    @Test("event-study: a file with event_time names the indicators event_time_es with or without other columns")
    func eventStudyNames() throws {
        let wide = try TemporaryFile.write(Self.wide, "wide.csv"), narrow = try TemporaryFile.write(Self.narrow, "narrow.csv")
        let withEventTime = try TemporaryFile.write(Self.narrowWithEventTime, "event_time.csv")
        let arguments = ["event-study", "--outcome", "y", "--sun-abraham", "--format", "json"]
        let json = try outputs(arguments, files: [wide, withEventTime, narrow])
        #expect(json[0] == json[1])
        #expect(json[0].contains("event_time_es::-3") && !json[0].contains("\"event_time::-3"))
        #expect(json[2].contains("event_time::-3") && !json[2].contains("event_time_es::"))
        // Only the names differ.
        #expect(json[2] == json[0].replacingOccurrences(of: "event_time_es::", with: "event_time::"))
    }
}
