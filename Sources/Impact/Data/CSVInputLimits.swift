import Foundation

/// Limits on what the CSV reader accepts before it reads, so that a device or an endless
/// pipe (`--data /dev/zero`) is refused with a sentence instead of reading until an
/// allocation aborts the process.
///
/// - Regular files are memory-mapped and may be as large as the address space allows.
/// - Pipes, FIFOs and character devices (`/dev/stdin`, process substitution) are read into
///   memory up to ``maximumStreamBytes``: the smaller of 4 GiB and the ``MemoryBudget``.
/// - Block devices and sockets are refused (``refusedKind(mode:)``).
/// - A record may hold at most ``maximumFields`` fields, checked as the fields are scanned,
///   so a line of 100 million commas is refused after 100,000 of them rather than after
///   gigabytes of field offsets.
public enum CSVInputLimits {
    /// Most bytes read from a pipe or device: min(4 GiB, ``MemoryBudget/current``).
    public static var maximumStreamBytes: Int { min(1 << 32, MemoryBudget.current.bytes) }

    /// What a file of mode `mode` (`stat.st_mode`) is when the reader refuses it, or `nil`
    /// when it may be read (regular file, FIFO, character device).
    public static func refusedKind(mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: nil
        }
    }

    /// Most fields in one record (header included): 100,000.
    public static let maximumFields = 100_000

    /// The error for a record with more than ``maximumFields`` fields.
    static func tooManyFields(_ scanner: CSVScanner) -> CSVError {
        .cannotRead(file: scanner.fileName,
                    reason: "line \(scanner.recordLine) has more than \(maximumFields) fields (the most a record may hold); "
                        + "check the delimiter, or split the table")
    }

    /// The sentence for a stream longer than ``maximumStreamBytes``.
    static func streamTooLong(_ limit: Int) -> String {
        "it is a pipe or device that gave more than \(limit) bytes (the limit for input that is not a regular file); "
            + "save the data to a file and read that"
    }
}
