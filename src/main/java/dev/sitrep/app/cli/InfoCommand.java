package dev.sitrep.app.cli;

import dev.sitrep.store.Store;
import dev.sitrep.store.StoreCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/// `sitrep info`: where the database is, its schema version and how many rows each part holds.
@Command(name = "info", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Shows the database's location, schema version and what it holds.")
final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    private SitrepCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (Store store = root.openStore()) {
            print(store, store.counts(), spec.commandLine().getOut());
        }
        return 0;
    }

    private static void print(Store store, StoreCounts counts, PrintWriter out) {
        out.println("Database:   " + store.location().display());
        out.println("Schema:     version " + store.schemaVersion());
        out.println("Inventory:  " + Quantities.of(counts.customers(), "customer") + ", "
                + Quantities.of(counts.sites(), "site") + ", " + Quantities.of(counts.devices(), "device"));
        out.println("Staff:      " + Quantities.of(counts.staff(), "person", "people"));
        out.println("Incidents:  " + Quantities.of(counts.incidents(), "incident") + " with "
                + Quantities.of(counts.impacts(), "impact") + ", " + Quantities.of(counts.tasks(), "task") + ", "
                + Quantities.of(counts.communications(), "communication") + ", "
                + Quantities.of(counts.commitments(), "commitment") + ", "
                + Quantities.of(counts.deferredWork(), "deferred work item") + ", "
                + Quantities.of(counts.shifts(), "shift"));
        out.println("Journal:    " + Quantities.of(counts.journal(), "entry", "entries"));
        if (counts.isEmpty()) {
            out.println("The database is empty: 'sitrep demo zero-day' loads a demo incident.");
        }
    }
}
