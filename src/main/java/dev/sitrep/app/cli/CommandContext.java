package dev.sitrep.app.cli;

import dev.sitrep.store.DatabaseLocation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/// What the commands take from the world around them: where to look for the database, which clock stamps
/// changes, and how to open the console. Tests pass their own so nothing depends on the real home folder.
///
/// @param environment the process environment (`SITREP_DB` is read from it)
/// @param osName      the `os.name` system property, which decides the default data folder
/// @param userHome    the user's home folder
/// @param clock       stamps every change the commands write
/// @param gui         opens the console on a database and returns when its last window closes
public record CommandContext(Map<String, String> environment, String osName, Path userHome, Clock clock,
                             Consumer<DatabaseLocation> gui) {

    public CommandContext {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(osName, "osName");
        Objects.requireNonNull(userHome, "userHome");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(gui, "gui");
    }

    /// The context of this process: its environment, operating system, home folder and the system clock.
    public static CommandContext ofSystem(Consumer<DatabaseLocation> gui) {
        return new CommandContext(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")), Clock.systemDefaultZone(), gui);
    }

    /// The database `dbOption` names (a path or a JDBC URL), else `SITREP_DB`, else the default for this system.
    public DatabaseLocation resolveDatabase(String dbOption) {
        return DatabaseLocation.resolve(dbOption, environment, osName, userHome);
    }
}
