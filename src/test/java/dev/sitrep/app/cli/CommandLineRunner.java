package dev.sitrep.app.cli;

import dev.sitrep.store.DatabaseLocation;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// Runs `sitrep` in this JVM with a home folder and environment of the test's choosing, capturing what it
/// prints and which database the console would have been opened on.
final class CommandLineRunner {

    /// What one run returned and printed.
    record Run(int exitCode, String out, String err) {

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private final Map<String, String> environment;
    private final Path userHome;
    private final List<DatabaseLocation> consolesOpened = new ArrayList<>();

    CommandLineRunner(Path userHome, Map<String, String> environment) {
        this.userHome = userHome;
        this.environment = environment;
    }

    CommandLineRunner(Path userHome) {
        this(userHome, Map.of());
    }

    Run run(String... args) {
        var context = new CommandContext(environment, "Linux", userHome, Clock.systemUTC(), consolesOpened::add);
        CommandLine commandLine = SitrepCommand.commandLine(context);
        var out = new StringWriter();
        var err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    List<DatabaseLocation> consolesOpened() {
        return consolesOpened;
    }
}
