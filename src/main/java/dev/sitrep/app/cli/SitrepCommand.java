package dev.sitrep.app.cli;

import dev.sitrep.domain.Operator;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.Text;
import dev.sitrep.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Callable;

/// The `sitrep` command: opens the console, or runs one of the subcommands for work without a screen.
///
/// `--db` and `--verbose` are inherited, so they can be given before or after the subcommand's name;
/// either way picocli sets them on this object, where the subcommands read them.
@Command(name = "sitrep",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {DemoCommand.class, InfoCommand.class, ExportCommand.class, ImportCommand.class,
                InventoryCommand.class, HandoverCommand.class},
        description = "War-room console for major IT incidents. Without a subcommand, opens the console.")
public final class SitrepCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH|JDBC-URL", scope = ScopeType.INHERIT,
            description = "Database file or JDBC URL. Default: $SITREP_DB, else the data folder of this user.")
    private String database;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print the full stack trace when something fails.")
    private boolean verbose;

    @Option(names = "--as", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Who the journal names for changes made from the command line. "
                    + "Default: the system user ($USER), else \"" + SitrepCommand.DEFAULT_ACTOR + "\".")
    private String actor;

    /// Who the journal names when neither `--as` nor the environment says.
    static final String DEFAULT_ACTOR = "sitrep command line";

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

    /// The person the journal names for what a subcommand changes: `--as`, else the system user. A name on
    /// the staff list is that person; any other name is journaled as it is, without a staff record.
    Operator operator(Store store) {
        String systemUser = context.environment().getOrDefault("USER",
                context.environment().getOrDefault("USERNAME", ""));
        String name = !Text.isBlank(actor) ? actor.strip() : !systemUser.isBlank() ? systemUser : DEFAULT_ACTOR;
        return store.staff().findByName(name)
                .map(staff -> new Operator(staff.id(), staff.name(), staff.role()))
                .orElseGet(() -> new Operator(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)), name,
                        StaffRole.ENGINEER));
    }

    /// The war room's clock: what the commands stamp their changes with, in the zone they print times in.
    Clock clock() {
        return context.clock();
    }

    boolean verbose() {
        return verbose;
    }
}
