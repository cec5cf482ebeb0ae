package dev.sitrep.app;

import atlantafx.base.theme.Styles;
import dev.sitrep.store.DatabaseLocation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/// A small window that says the database is being opened, for start-ups slow enough to notice (a large
/// migration, a database on a network share).
final class StartupSplash {

    private final DatabaseLocation location;
    private Stage stage;

    StartupSplash(DatabaseLocation location) {
        this.location = location;
    }

    void show() {
        Label title = new Label("Sitrep");
        title.getStyleClass().add(Styles.TITLE_2);
        Label what = new Label("Opening " + location.display() + "…");
        what.getStyleClass().add(Styles.TEXT_MUTED);
        what.setWrapText(true);
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(12, title, what, progress);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setStyle("-fx-padding: 24; -fx-background-color: -color-bg-default;"
                + " -fx-border-color: -color-border-default;");
        box.setPrefWidth(420);
        stage = new Stage(StageStyle.UNDECORATED);
        stage.setTitle("Sitrep");
        stage.setScene(new Scene(box));
        stage.show();
    }

    void close() {
        if (stage != null) {
            stage.close();
            stage = null;
        }
    }
}
