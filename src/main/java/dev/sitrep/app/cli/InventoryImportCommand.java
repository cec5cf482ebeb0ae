package dev.sitrep.app.cli;

import dev.sitrep.domain.Text;
import dev.sitrep.io.csv.CsvInventory;
import dev.sitrep.io.csv.CsvProblem;
import dev.sitrep.io.csv.ImportPlan;
import dev.sitrep.io.csv.ImportSummary;
import dev.sitrep.io.csv.InventoryCsvReader;
import dev.sitrep.io.csv.InventoryImport;
import dev.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/// `sitrep inventory import FILE.csv [--dry-run] [--as NAME]`: adds and updates customers, sites and devices
/// from a CSV file in one transaction. A file with any problem is not imported at all: every problem is
/// printed, one per line, and the command exits with 1.
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Imports customers, sites and devices from a CSV file (UTF-8, a header row naming the columns "
                + "customer,site,hostname,kind,product,version,city,criticality and optionally timezone,notes).",
                "Rows are matched to stored devices by customer, site and hostname, ignoring case: new ones are "
                        + "added, changed ones updated, so importing the same file twice changes nothing.",
                "A file with any problem is not imported at all; every problem is listed."})
final class InventoryImportCommand implements Callable<Integer> {

    @ParentCommand
    private InventoryCommand inventory;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "The CSV file to import.")
    private Path file;

    @Option(names = "--dry-run", description = "Check the file and say what would change, writing nothing.")
    private boolean dryRun;

    @Override
    public Integer call() throws IOException {
        CsvInventory csv = InventoryCsvReader.read(file);
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = inventory.root().openStore()) {
            String database = store.location().display();
            String into = csv.file() + " into " + database;
            String nothingToChange = "Nothing to change: %s of " + csv.file() + " already in " + database;
            ImportPlan plan = InventoryImport.preview(csv, store);
            if (plan.hasErrors()) {
                return refuse(plan);
            }
            if (!plan.canApply()) {
                out.println(nothingToChange.formatted(Text.count(plan.summary().unchangedRows(), "row")));
            } else if (dryRun) {
                out.println("Would import " + into + ": " + plan.summary().describe() + "; dry run, nothing written");
            } else {
                ImportSummary written = InventoryImport.apply(plan, store, inventory.root().operator(store));
                out.println(written.hasChanges() ? "Imported " + into + ": " + written.describe()
                        : nothingToChange.formatted(Text.count(written.unchangedRows(), "row")));
            }
        }
        return 0;
    }

    /// Every problem on its own line, then what it means: nothing was written.
    private int refuse(ImportPlan plan) {
        PrintWriter err = spec.commandLine().getErr();
        for (CsvProblem problem : plan.problems()) {
            err.println(problem.forTerminal());
        }
        err.println(spec.qualifiedName() + ": " + Text.count(plan.problems().size(), "problem") + " in "
                + plan.file() + "; nothing was imported");
        err.flush();
        return 1;
    }
}
