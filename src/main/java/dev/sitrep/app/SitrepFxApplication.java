package dev.sitrep.app;

import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.store.StoreException;
import dev.sitrep.ui.common.FxTaskExecutor;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.prefs.Preferences;

/// The JavaFX application: opens the store in the background, then builds the [Console] on the main stage.
///
/// Public only because JavaFX creates it by reflection from its own module, which reaches public classes
/// only; [SitrepApp#launchGui] is the way in.
public final class SitrepFxApplication extends Application {

    /// A start-up quicker than this shows no splash at all.
    private static final Duration SPLASH_DELAY = Duration.millis(400);

    private static final String JDBC_URL = "jdbc-url";
    private static final String FILE = "file";

    private Store store;
    private FxTaskExecutor executor;
    private Console console;

    /// The location as named parameters, since JavaFX creates this class itself.
    static String[] arguments(DatabaseLocation location) {
        return location.file() == null
                ? new String[]{"--" + JDBC_URL + "=" + location.jdbcUrl()}
                : new String[]{"--" + JDBC_URL + "=" + location.jdbcUrl(), "--" + FILE + "=" + location.file()};
    }

    private DatabaseLocation location() {
        Map<String, String> named = getParameters().getNamed();
        String file = named.get(FILE);
        return new DatabaseLocation(named.get(JDBC_URL), file == null ? null : Path.of(file));
    }

    @Override
    public void start(Stage stage) {
        Settings settings = new Settings(Preferences.userRoot().node(
                System.getProperty(SitrepApp.PREFERENCES_NODE, Settings.NODE)));
        Application.setUserAgentStylesheet(settings.theme().userAgentStylesheet());
        DatabaseLocation location = location();
        Clock clock = Clock.systemDefaultZone();
        StartupSplash splash = new StartupSplash(location);
        PauseTransition splashDelay = new PauseTransition(SPLASH_DELAY);
        splashDelay.setOnFinished(_ -> splash.show());
        splashDelay.play();
        Thread.ofPlatform().name("sitrep-open").daemon(true).start(() -> {
            try {
                Store opened = Store.open(location, clock);
                Platform.runLater(() -> {
                    hide(splash, splashDelay);
                    showConsole(stage, opened, settings, clock);
                });
            } catch (RuntimeException | LinkageError failure) {
                Platform.runLater(() -> {
                    hide(splash, splashDelay);
                    refuseToStart(failure);
                });
            }
        });
    }

    private static void hide(StartupSplash splash, PauseTransition splashDelay) {
        splashDelay.stop();
        splash.close();
    }

    private void showConsole(Stage stage, Store opened, Settings settings, Clock clock) {
        store = opened;
        executor = new FxTaskExecutor();
        console = new Console(stage, store, settings, clock, executor, Platform::exit);
        if (Boolean.getBoolean(SitrepApp.EXIT_AFTER_FIRST_FRAME)) {
            FirstFrameProbe.reportAndExit(console);
        }
        console.show();
    }

    /// Tells the operator why the database cannot be used, then ends the application with that failure.
    private void refuseToStart(Throwable failure) {
        StoreException problem = failure instanceof StoreException known ? known
                : new StoreException(StoreException.Reason.FAILED, "The database could not be opened: "
                + failure.getMessage(), failure);
        SitrepApp.startupFailure.set(problem);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Sitrep cannot start");
        alert.setHeaderText("Sitrep cannot open its database");
        Label message = new Label(problem.getMessage());
        message.setWrapText(true);
        message.setMaxWidth(560);
        alert.getDialogPane().setContent(message);
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (console != null) {
            console.close();
        }
        if (executor != null) {
            executor.close();
        }
        if (store != null) {
            store.close();
        }
    }
}
