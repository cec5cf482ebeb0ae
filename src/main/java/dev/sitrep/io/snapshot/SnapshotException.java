package dev.sitrep.io.snapshot;

import java.nio.file.Path;

/// A snapshot that cannot be read: what is wrong, and where in the file, as a line and column and as a
/// JSON pointer to the value (`/devices/12/kind`).
public final class SnapshotException extends RuntimeException {

    private final Path file;
    private final long line;
    private final long column;
    private final String pointer;
    private final String problem;

    SnapshotException(Path file, long line, long column, String pointer, String problem, Throwable cause) {
        super(file.getFileName() + where(line, column, pointer) + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.pointer = pointer;
        this.problem = problem;
    }

    private static String where(long line, long column, String pointer) {
        String at = line > 0 ? ", line " + line + ", column " + column : "";
        return at + (pointer.isEmpty() ? "" : ", at " + pointer);
    }

    public Path file() {
        return file;
    }

    /// 1-based; 0 when the problem has no place in the file (it cannot be opened).
    public long line() {
        return line;
    }

    public long column() {
        return column;
    }

    /// A JSON pointer (RFC 6901) to the value at fault, empty for the whole file.
    public String pointer() {
        return pointer;
    }

    /// What is wrong, without the place.
    public String problem() {
        return problem;
    }
}
