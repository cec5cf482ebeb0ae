package dev.sitrep.io.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/// An inventory file as read: its rows in file order and the problems that concern the whole file (its
/// encoding, its header, a quote never closed).
///
/// @param file the file's name, without its folder
public record CsvInventory(String file, List<CsvProblem> fileProblems, List<CsvRow> rows) {

    public CsvInventory {
        Objects.requireNonNull(file, "file");
        fileProblems = List.copyOf(fileProblems);
        rows = List.copyOf(rows);
    }

    /// Every problem, the file's and the rows', by line.
    public List<CsvProblem> problems() {
        List<CsvProblem> all = new ArrayList<>(fileProblems);
        rows.forEach(row -> all.addAll(row.problems()));
        all.sort(Comparator.comparingInt(CsvProblem::line));
        return all;
    }
}
