import Foundation

/// Limits on what the CSV reader accepts before it reads, so that a device or an endless
/// pipe (`--data /dev/zero`) is refused with a sentence instead of reading until an
/// allocation aborts the process.
///
/// - Regular files are memory-mapped and may be as large as the address space allows.
/// - Pipes, FIFOs and character devices (`/dev/stdin`, process substitution) are read into
///   memory up to ``maximumStreamBytes``: the smaller of 4 GiB and the ``MemoryBudget``.
/// - Block devices and sockets are refused (``refusedKind(mode:)``).
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

    /// The sentence for a stream longer than ``maximumStreamBytes``.
    static func streamTooLong(_ limit: Int) -> String {
        "it is a pipe or device that gave more than \(limit) bytes (the limit for input that is not a regular file); "
            + "save the data to a file and read that"
    }
}
