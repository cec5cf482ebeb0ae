package dev.sitrep.io.csv;

import dev.sitrep.domain.Operator;
import dev.sitrep.store.Store;

import java.io.IOException;
import java.nio.file.Path;

/// Importing an inventory CSV file into a store: preview first, then apply, as the command line and the
/// import wizard both do.
public final class InventoryImport {

    private InventoryImport() {
    }

    /// Reads `file` and compares it with what `store` holds now; writes nothing.
    ///
    /// @throws IOException when the file cannot be read at all (missing, unreadable, too large)
    public static ImportPlan preview(Path file, Store store) throws IOException {
        return preview(InventoryCsvReader.read(file), store);
    }

    /// Compares a file read already with what `store` holds now; writes nothing.
    public static ImportPlan preview(CsvInventory file, Store store) {
        return ImportPlanner.plan(file, store.inventory().customers(), store.inventory().sites(),
                store.inventory().devices());
    }

    /// Writes `plan` in one transaction, journaled as done by `by`, and says what was written. The store
    /// matches the rows again against what it holds when it writes, so the result may differ from the preview
    /// when another console changed the inventory in between.
    ///
    /// @throws IllegalArgumentException when the plan has problems: such a file is never imported, not even in part
    public static ImportSummary apply(ImportPlan plan, Store store, Operator by) {
        if (plan.hasErrors()) {
            throw new IllegalArgumentException(plan.file() + " has " + plan.problems().size()
                    + " problems; nothing was imported.");
        }
        return ImportSummary.of(store.inventory().importInventory(plan.listings(), by), 0);
    }
}
