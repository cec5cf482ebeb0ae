package dev.sitrep.app;

import dev.sitrep.store.DatabaseLocation;

/// The JavaFX application: the operator's console.
public final class SitrepApp {

    private SitrepApp() {
    }

    /// Starts the GUI on the database at `location` and returns when the last window closes.
    public static void launchGui(DatabaseLocation location) {
        throw new UnsupportedOperationException("shell: launchGui");
    }
}
