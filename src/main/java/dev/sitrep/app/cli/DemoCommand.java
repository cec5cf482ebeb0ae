package dev.sitrep.app.cli;

import dev.sitrep.domain.Text;
import dev.sitrep.domain.Incident;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.store.Store;
import dev.sitrep.store.StoreCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.time.Duration;
import java.util.concurrent.Callable;

/// `sitrep demo zero-day|ransomware [--scale N] [--seed S]`: loads a demo incident in one transaction.
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Loads a generated demo incident, with its inventory, staff and history, into the database.")
final class DemoCommand implements Callable<Integer> {

    /// Ten times the ransomware case is the largest the benchmarks use; a hundred leaves room and still fits a laptop.
    static final int MAX_SCALE = 100;

    @ParentCommand
    private SitrepCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", converter = DemoScenarios.class, completionCandidates = DemoScenarios.class,
            description = "Which incident: ${COMPLETION-CANDIDATES}.")
    private DemoScenario scenario;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "Multiplies devices, tasks and communications (1.." + MAX_SCALE + ", default ${DEFAULT-VALUE}).")
    private int scale;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DemoData.DEFAULT_SEED,
            description = "The same seed gives the same data (default ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new ParameterException(spec.commandLine(),
                    "--scale must be between 1 and " + MAX_SCALE + ", was " + scale);
        }
        try (Store store = root.openStore()) {
            long started = System.nanoTime();
            StoreCounts before = store.counts();
            Incident incident = DemoData.load(store, scenario, scale, seed);
            StoreCounts after = store.counts();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            spec.commandLine().getOut().println(summary(incident, before, after, store, took));
        }
        return 0;
    }

    private String summary(Incident incident, StoreCounts before, StoreCounts after, Store store, Duration took) {
        return "Loaded " + scenario.commandName() + " demo " + incident.code() + ": "
                + Text.count(after.customers() - before.customers(), "customer") + ", "
                + Text.count(after.devices() - before.devices(), "device")
                + " (" + Text.count(after.impacts() - before.impacts(), "affected", "affected") + "), "
                + Text.count(after.tasks() - before.tasks(), "task") + ", "
                + Text.count(after.communications() - before.communications(), "communication") + ", "
                + Text.count(after.journal() - before.journal(), "journal entry", "journal entries")
                + " into " + store.location().display() + " (" + Text.seconds(took) + ")";
    }
}
