package dev.sitrep.io.csv;

import java.util.Objects;

/// Something wrong in an inventory file, where it is and what to do about it.
///
/// @param file   the file's name (without its folder)
/// @param line   the physical line the record starts on, from 1 (a quoted value with line breaks spans several)
/// @param column the column the problem is in; `null` for a whole row or the file
public record CsvProblem(String file, int line, Column column, String message) {

    public CsvProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /// `inventory.csv line 14, column "criticality": 5 is outside 1-3 (1 high, 3 low)`.
    public String describe() {
        return file + " line " + line + (column == null ? "" : ", column \"" + column.header() + "\"") + ": " + message;
    }

    /// The problem without the file and line, for a row that shows them beside it: `criticality: 5 is outside…`.
    public String inRow() {
        return column == null ? message : column.header() + ": " + message;
    }

    /// As compilers print problems, for the command line: `inventory.csv:14: column "criticality": 5 is…`.
    public String forTerminal() {
        return file + ":" + line + ": " + (column == null ? "" : "column \"" + column.header() + "\": ") + message;
    }

    @Override
    public String toString() {
        return describe();
    }
}
