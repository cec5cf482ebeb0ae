package dev.sitrep.app.cli;

import dev.sitrep.io.snapshot.ImportSummary;
import dev.sitrep.io.snapshot.Progress;
import dev.sitrep.io.snapshot.SnapshotImporter;
import dev.sitrep.store.SnapshotMode;
import dev.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/// `sitrep import FILE [--mode merge|replace] [--yes]`: reads a JSON snapshot into the database, all or
/// nothing.
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Reads a JSON snapshot into the database, all or nothing. A merge adds what is new and "
                + "updates what changed; a replace removes everything first and needs --yes.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private SitrepCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The snapshot file to read.")
    private Path file;

    @Option(names = "--mode", paramLabel = "merge|replace", defaultValue = "merge",
            converter = ModeConverter.class, description = "merge (default) or replace.")
    private SnapshotMode mode;

    @Option(names = "--yes", description = "Confirms a replace: everything in the database, journal included, "
            + "is removed and the snapshot takes its place.")
    private boolean yes;

    @Override
    public Integer call() {
        if (mode == SnapshotMode.REPLACE && !yes) {
            throw new ParameterException(spec.commandLine(), "--mode replace removes everything in the database "
                    + "first; add --yes to confirm");
        }
        try (Store store = root.openStore()) {
            ImportSummary summary = new SnapshotImporter(store).importFile(file, mode, root.operator(store),
                    Progress.NONE);
            spec.commandLine().getOut().println(summary.describe());
        }
        return 0;
    }

    /// `merge` or `replace`, in any case.
    static final class ModeConverter implements picocli.CommandLine.ITypeConverter<SnapshotMode> {

        @Override
        public SnapshotMode convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "merge" -> SnapshotMode.MERGE;
                case "replace" -> SnapshotMode.REPLACE;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a mode: use merge or replace");
            };
        }
    }
}
