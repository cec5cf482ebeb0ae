package dev.sitrep.app.cli;

import dev.sitrep.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.util.concurrent.Callable;

/// The `sitrep` command: opens the console, or runs one of the subcommands for work without a screen.
///
/// `--db` and `--verbose` are inherited, so they can be given before or after the subcommand's name;
/// either way picocli sets them on this object, where the subcommands read them.
@Command(name = "sitrep",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {DemoCommand.class, InfoCommand.class, InventoryCommand.class},
        description = "War-room console for major IT incidents. Without a subcommand, opens the console.")
public final class SitrepCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH|JDBC-URL", scope = ScopeType.INHERIT,
            description = "Database file or JDBC URL. Default: $SITREP_DB, else the data folder of this user.")
    private String database;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print the full stack trace when something fails.")
    private boolean verbose;

    private final CommandContext context;

    public SitrepCommand(CommandContext context) {
        this.context = context;
    }

    /// A command line ready to [CommandLine#execute]: failures become one-line messages and exit codes.
    public static CommandLine commandLine(CommandContext context) {
        var commandLine = new CommandLine(new SitrepCommand(context));
        commandLine.setParameterExceptionHandler(new FailureHandlers.UsageError());
        commandLine.setExecutionExceptionHandler(new FailureHandlers.ExecutionFailure());
        return commandLine;
    }

    @Override
    public Integer call() {
        context.gui().accept(context.resolveDatabase(database));
        return CommandLine.ExitCode.OK;
    }

    /// Opens (creating or migrating) the database that `--db`, `SITREP_DB` or the default names.
    Store openStore() {
        return Store.open(context.resolveDatabase(database), context.clock());
    }

    boolean verbose() {
        return verbose;
    }

    CommandContext context() {
        return context;
    }
}
