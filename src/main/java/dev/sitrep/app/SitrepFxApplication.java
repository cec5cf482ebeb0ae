package dev.sitrep.app;

import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.store.StoreException;
import dev.sitrep.ui.common.FxTaskExecutor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.prefs.Preferences;

/// The JavaFX application: opens the store in the background, then builds the [Console] on the main stage.
///
/// Public only because JavaFX creates it by reflection from its own module, which reaches public classes
/// only; [SitrepApp#launchGui] is the way in.
public final class SitrepFxApplication extends Application {

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

    /// Shows the main window at once, saying the database is being opened, and the console in it once the
    /// database is open.
    @Override
    public void start(Stage stage) {
        Settings settings = new Settings(Preferences.userRoot().node(
                System.getProperty(SitrepApp.PREFERENCES_NODE, Settings.NODE)));
        Application.setUserAgentStylesheet(settings.theme().userAgentStylesheet());
        WindowPlacement placement = new WindowPlacement();
        placement.restore(stage, settings.window());
        stage.setTitle("Sitrep");
        stage.getIcons().setAll(AppIcon.images());
        AppIcon.giveToEveryStage();
        stage.setScene(new Scene(new OpeningView(location())));
        boolean probing = Boolean.getBoolean(SitrepApp.EXIT_AFTER_FIRST_FRAME);
        if (probing) {
            FirstFrameProbe.reportFirstFrame(stage.getScene());
        }
        stage.show();
        // Opened only now: on a machine with few cores, opening it earlier holds back the window's first frame.
        CompletableFuture<Store> opening = openInBackground(location(), Clock.systemDefaultZone());
        // Building the console keeps the JavaFX thread busy for a while: first let the window appear.
        Frames.afterNextFrame(stage.getScene(), () -> opening.whenComplete((opened, failure) ->
                Platform.runLater(() -> {
                    if (failure == null) {
                        showConsole(stage, opened, settings, placement, probing);
                    } else {
                        refuseToStart(failure instanceof CompletionException wrapped ? wrapped.getCause() : failure);
                    }
                })));
    }

    private static CompletableFuture<Store> openInBackground(DatabaseLocation location, Clock clock) {
        CompletableFuture<Store> future = new CompletableFuture<>();
        Thread.ofPlatform().name("sitrep-open").daemon(true).start(() -> {
            try {
                future.complete(Store.open(location, clock));
            } catch (RuntimeException | LinkageError failure) {
                future.completeExceptionally(failure);
            }
        });
        return future;
    }

    private void showConsole(Stage stage, Store opened, Settings settings, WindowPlacement placement,
                             boolean probing) {
        store = opened;
        executor = new FxTaskExecutor();
        console = new Console(stage, store, settings, Clock.systemDefaultZone(), executor, placement,
                Platform::exit);
        if (probing) {
            FirstFrameProbe.reportReadyAndExit(console);
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
