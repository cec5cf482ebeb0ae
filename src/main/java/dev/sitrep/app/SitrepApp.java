package dev.sitrep.app;

import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.StoreException;
import javafx.application.Application;

import java.util.concurrent.atomic.AtomicReference;

/// The console's entry point for the launcher: starts JavaFX on a database and waits for the window to close.
///
/// The class JavaFX instantiates, [SitrepFxApplication], is separate: launching a class that extends
/// `Application` straight from the class path fails with "JavaFX runtime components are missing".
public final class SitrepApp {

    /// Hidden: prints `FIRST_FRAME <ms>` once the main window's first frame is rendered and `READY <ms>`
    /// once the current incident is (milliseconds since the JVM started), then exits. The start-up
    /// benchmark sets it.
    public static final String EXIT_AFTER_FIRST_FRAME = "sitrep.exitAfterFirstFrame";

    /// Hidden: the [java.util.prefs.Preferences] node to keep settings in, instead of [Settings#NODE].
    /// Benchmarks and tests set it so they never touch the operator's own settings.
    public static final String PREFERENCES_NODE = "sitrep.preferencesNode";

    /// Why the console could not start, handed back from the JavaFX thread to [#launchGui].
    static final AtomicReference<StoreException> startupFailure = new AtomicReference<>();

    private SitrepApp() {
    }

    /// Starts the GUI on the database at `location` and returns when the last window closes.
    ///
    /// @throws StoreException when the database cannot be opened; the operator has seen the message in a
    ///                        dialog by then, and the command line turns it into a non-zero exit code
    public static void launchGui(DatabaseLocation location) {
        startupFailure.set(null);
        Application.launch(SitrepFxApplication.class, SitrepFxApplication.arguments(location));
        StoreException failure = startupFailure.getAndSet(null);
        if (failure != null) {
            throw failure;
        }
    }
}
