package dev.sitrep.app;

import atlantafx.base.theme.Styles;
import dev.sitrep.store.DatabaseLocation;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/// What the main window shows while the database opens: the window is on the screen, where the operator
/// left it, before the database (a large migration, a file on a network share) is ready.
final class OpeningView extends StackPane {

    private static final Duration SLOW = Duration.millis(500);

    OpeningView(DatabaseLocation location) {
        // No icon: Ikonli's font and icon packs would be loaded before the window could appear.
        Label title = new Label("Sitrep");
        title.getStyleClass().add(Styles.TITLE_2);
        Label what = new Label("Opening " + location.display() + "…");
        what.getStyleClass().add(Styles.TEXT_MUTED);
        what.setWrapText(true);
        VBox box = new VBox(12, title, what);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxSize(480, USE_PREF_SIZE);
        getChildren().add(box);
        getStyleClass().add("opening");
        setStyle("-fx-background-color: -color-bg-default;");
    }
}
