package dev.sitrep.io.csv;

import dev.sitrep.domain.InventoryListing;

import java.util.List;
import java.util.Objects;

/// One data row of an inventory file: where it starts, the names that identify it as written, and either the
/// listing it makes or what is wrong with it.
///
/// @param listing  the device the row lists; `null` when the row has problems
/// @param problems everything wrong with the row on its own (contradictions between rows are found later)
public record CsvRow(int line, String customer, String site, String hostname, InventoryListing listing,
                     List<CsvProblem> problems) {

    public CsvRow {
        customer = Objects.requireNonNullElse(customer, "");
        site = Objects.requireNonNullElse(site, "");
        hostname = Objects.requireNonNullElse(hostname, "");
        problems = List.copyOf(problems);
        if ((listing == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a row has either a listing or problems");
        }
    }

    public boolean isValid() {
        return listing != null;
    }
}
