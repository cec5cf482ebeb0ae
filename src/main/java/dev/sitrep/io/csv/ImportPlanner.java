package dev.sitrep.io.csv;

import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.InventoryListing;
import dev.sitrep.domain.InventoryMerge;
import dev.sitrep.domain.InventoryMerge.Conflict;
import dev.sitrep.domain.InventoryMerge.Effect;
import dev.sitrep.domain.Site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/// Compares a file's rows with the stored inventory: which rows add a device, which change one, which change
/// nothing, and which cannot be imported. Rows are matched as [InventoryMerge] matches them, ignoring case; the
/// same device twice in one file, or a site given two cities or two time zones, is a problem on the later row
/// that names both lines.
public final class ImportPlanner {

    private ImportPlanner() {
    }

    /// The plan for `file` against the stored customers, sites and devices.
    public static ImportPlan plan(CsvInventory file, Collection<Customer> customers, Collection<Site> sites,
                                  Collection<Device> devices) {
        List<CsvRow> valid = file.rows().stream().filter(CsvRow::isValid).toList();
        List<InventoryListing> listings = valid.stream().map(CsvRow::listing).toList();
        InventoryMerge.Plan merge = InventoryMerge.plan(customers, sites, devices, listings, UUID::randomUUID);

        Map<CsvRow, CsvProblem> conflicts = new HashMap<>();
        for (Conflict conflict : merge.conflicts()) {
            CsvRow row = valid.get(conflict.listing());
            conflicts.put(row, conflictProblem(file.file(), row, valid.get(conflict.earlier()), conflict));
        }

        List<PlanRow> rows = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>(file.fileProblems());
        int validIndex = 0;
        for (CsvRow row : file.rows()) {
            if (!row.isValid()) {
                problems.addAll(row.problems());
                rows.add(planRow(row, RowStatus.ERROR, row.problems().stream().map(CsvProblem::inRow)
                        .collect(Collectors.joining("; "))));
                continue;
            }
            Effect effect = merge.effects().get(validIndex++);
            CsvProblem conflict = conflicts.get(row);
            if (conflict != null) {
                problems.add(conflict);
                rows.add(planRow(row, RowStatus.ERROR, conflict.inRow()));
            } else {
                rows.add(planRow(row, status(effect), describe(effect)));
            }
        }
        problems.sort(Comparator.comparingInt(CsvProblem::line));
        int errorRows = (int) rows.stream().filter(row -> row.status() == RowStatus.ERROR).count();
        return new ImportPlan(file.file(), rows, problems, listings, ImportSummary.of(merge, errorRows));
    }

    private static PlanRow planRow(CsvRow row, RowStatus status, String detail) {
        return new PlanRow(row.line(), status, row.customer(), row.site(), row.hostname(), detail);
    }

    private static RowStatus status(Effect effect) {
        return switch (effect.outcome()) {
            case NEW -> RowStatus.NEW;
            case UPDATED -> RowStatus.UPDATED;
            case UNCHANGED -> RowStatus.UNCHANGED;
            case CONFLICT -> RowStatus.ERROR;
        };
    }

    /// "new device at a new site of a new customer", "product, version", "version; site: city, time zone".
    static String describe(Effect effect) {
        List<String> parts = new ArrayList<>();
        if (effect.outcome() == InventoryMerge.Outcome.NEW) {
            parts.add(effect.newCustomer() ? "new device at a new site of a new customer"
                    : effect.newSite() ? "new device at a new site" : "new device");
        }
        if (!effect.deviceFields().isEmpty()) {
            parts.add(fieldNames(effect.deviceFields()));
        }
        if (!effect.siteFields().isEmpty()) {
            parts.add("site: " + fieldNames(effect.siteFields()));
        }
        return String.join("; ", parts);
    }

    /// The journal's field names as people read them: "timeZone" is "time zone".
    private static String fieldNames(List<String> fields) {
        return fields.stream().map(field -> field.equals("timeZone") ? "time zone" : field)
                .collect(Collectors.joining(", "));
    }

    private static CsvProblem conflictProblem(String file, CsvRow row, CsvRow earlier, Conflict conflict) {
        InventoryListing here = row.listing();
        InventoryListing there = earlier.listing();
        String site = there.site() + " (" + there.customer() + ")";
        return switch (conflict.field()) {
            case HOSTNAME -> new CsvProblem(file, row.line(), Column.HOSTNAME, there.hostname() + " at " + site
                    + " is listed twice, on line " + earlier.line() + " and on line " + row.line());
            case CITY -> new CsvProblem(file, row.line(), Column.CITY, site + " is in \"" + there.city() + "\" on line "
                    + earlier.line() + " but in \"" + here.city() + "\" here; give every row of a site the same city");
            case TIME_ZONE -> new CsvProblem(file, row.line(), Column.TIMEZONE, site + " is in time zone "
                    + there.timeZone().getId() + " on line " + earlier.line() + " but in " + here.timeZone().getId()
                    + " here; give every row of a site the same time zone, or leave it blank");
        };
    }
}
