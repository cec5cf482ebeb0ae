package dev.sitrep.io.csv;

import dev.sitrep.domain.InventoryMerge;
import dev.sitrep.domain.Text;

import java.util.ArrayList;
import java.util.List;

/// How many rows an import adds, updates and leaves alone, and the customers and sites that come with them.
public record ImportSummary(int newRows, int updatedRows, int unchangedRows, int errorRows, int newCustomers,
                            int newSites, int updatedSites) {

    /// The counts of a merge, with `errorRows` rows that did not take part in it.
    static ImportSummary of(InventoryMerge.Plan plan, int errorRows) {
        return new ImportSummary(plan.count(InventoryMerge.Outcome.NEW), plan.count(InventoryMerge.Outcome.UPDATED),
                plan.count(InventoryMerge.Outcome.UNCHANGED), errorRows, plan.newCustomers().size(),
                plan.newSites().size(), plan.siteUpdates().size());
    }

    public int rows() {
        return newRows + updatedRows + unchangedRows + errorRows;
    }

    /// True when the rows add or change something.
    public boolean hasChanges() {
        return newRows + updatedRows > 0;
    }

    /// "12 new, 3 updated, 44 unchanged", with ", 2 with errors" when some rows have problems.
    public String counts() {
        String counts = Text.number(newRows) + " new, " + Text.number(updatedRows) + " updated, "
                + Text.number(unchangedRows) + " unchanged";
        return errorRows == 0 ? counts : counts + ", " + Text.number(errorRows) + " with errors";
    }

    /// "2 new customers, 3 new sites, 1 site updated", or empty when rows add only devices.
    public String sites() {
        List<String> parts = new ArrayList<>();
        if (newCustomers > 0) {
            parts.add(Text.count(newCustomers, "new customer"));
        }
        if (newSites > 0) {
            parts.add(Text.count(newSites, "new site"));
        }
        if (updatedSites > 0) {
            parts.add(Text.count(updatedSites, "site", "sites") + " updated");
        }
        return String.join(", ", parts);
    }

    /// "12 new, 3 updated, 44 unchanged (2 new customers, 3 new sites)", or
    /// "nothing to change: 59 rows unchanged".
    public String describe() {
        if (!hasChanges() && errorRows == 0) {
            return "nothing to change: " + Text.count(unchangedRows, "row") + " unchanged";
        }
        String sites = sites();
        return sites.isEmpty() ? counts() : counts() + " (" + sites + ")";
    }
}
