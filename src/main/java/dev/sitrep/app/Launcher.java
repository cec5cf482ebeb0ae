package dev.sitrep.app;

import dev.sitrep.app.cli.CommandContext;
import dev.sitrep.app.cli.SitrepCommand;

/// The jar's entry point: runs the `sitrep` command line, which opens the console when no subcommand is given.
///
/// A plain class rather than the JavaFX application itself: launching a class that extends `Application`
/// from the class path fails with "JavaFX runtime components are missing".
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        int exitCode = SitrepCommand.commandLine(CommandContext.ofSystem(SitrepApp::launchGui)).execute(args);
        System.exit(exitCode);
    }
}
