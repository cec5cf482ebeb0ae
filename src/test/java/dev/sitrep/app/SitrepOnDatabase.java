package dev.sitrep.app;

import dev.sitrep.store.DatabaseLocation;

import java.nio.file.Path;

/// Starts the console on the database file named by the first argument, as the command line would.
public final class SitrepOnDatabase {

    private SitrepOnDatabase() {
    }

    public static void main(String[] args) {
        SitrepApp.launchGui(DatabaseLocation.ofFile(Path.of(args[0])));
    }
}
