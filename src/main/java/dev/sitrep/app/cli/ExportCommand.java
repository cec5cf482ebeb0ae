package dev.sitrep.app.cli;

import dev.sitrep.io.snapshot.ExportSummary;
import dev.sitrep.io.snapshot.Progress;
import dev.sitrep.io.snapshot.SnapshotExporter;
import dev.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/// `sitrep export --out FILE [--incident CODE]`: writes the database, or one incident, as a JSON snapshot.
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Writes the whole database, or one incident with the inventory and staff it involves, "
                + "as a JSON snapshot.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    private SitrepCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The snapshot file to write.")
    private Path out;

    @Option(names = "--incident", paramLabel = "CODE",
            description = "Only this incident (INC-2026-0001) and what it involves. Default: everything.")
    private String incident;

    @Override
    public Integer call() {
        try (Store store = root.openStore()) {
            ExportSummary summary = new SnapshotExporter(store, store.clock()).export(out, incident, Progress.NONE);
            spec.commandLine().getOut().println(summary.describe());
        }
        return 0;
    }
}
