package dev.sitrep.io.csv;

import dev.sitrep.domain.InventoryListing;

import java.util.List;
import java.util.Objects;

/// What importing a file would do: each row with its status, every problem, and the listings to write.
///
/// @param rows     every data row of the file, in file order
/// @param problems every problem, by line; while there is one, nothing may be imported
/// @param listings the rows as listings, in file order, for [dev.sitrep.store.InventoryRepository#importInventory]
public record ImportPlan(String file, List<PlanRow> rows, List<CsvProblem> problems, List<InventoryListing> listings,
                         ImportSummary summary) {

    public ImportPlan {
        Objects.requireNonNull(file, "file");
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        listings = List.copyOf(listings);
        Objects.requireNonNull(summary, "summary");
    }

    public boolean hasErrors() {
        return !problems.isEmpty();
    }

    /// True when importing would add or change something and no problem stands in the way.
    public boolean canApply() {
        return !hasErrors() && summary.hasChanges();
    }
}
