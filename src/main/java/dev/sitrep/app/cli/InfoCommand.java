package dev.sitrep.app.cli;

import dev.sitrep.domain.Text;
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
        out.println("Inventory:  " + Text.count(counts.customers(), "customer") + ", "
                + Text.count(counts.sites(), "site") + ", " + Text.count(counts.devices(), "device"));
        out.println("Staff:      " + Text.count(counts.staff(), "person", "people"));
        out.println("Incidents:  " + Text.count(counts.incidents(), "incident") + " with "
                + Text.count(counts.impacts(), "impact") + ", " + Text.count(counts.tasks(), "task") + ", "
                + Text.count(counts.communications(), "communication") + ", "
                + Text.count(counts.commitments(), "commitment") + ", "
                + Text.count(counts.deferredWork(), "deferred work item") + ", "
                + Text.count(counts.shifts(), "shift"));
        out.println("Journal:    " + Text.count(counts.journal(), "entry", "entries"));
        if (counts.isEmpty()) {
            out.println("The database is empty: 'sitrep demo zero-day' loads a demo incident.");
        }
    }
}
