package dev.sitrep.ui.wall;

import atlantafx.base.theme.PrimerDark;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;

/// The wall in a window of its own, full screen on the display it is put on, dark whatever the console's
/// theme, so the operator keeps working in the console on another screen. F11 leaves and enters full
/// screen; closing the window stops the wall's clocks.
public final class WallWindow {

    private final Stage stage = new Stage();
    private final WallView view;

    public WallWindow(WallViewModel vm) {
        this.view = new WallView(vm);
        Scene scene = new Scene(view);
        scene.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F11) {
                stage.setFullScreen(!stage.isFullScreen());
                event.consume();
            }
        });
        stage.setScene(scene);
        stage.setTitle("Sitrep wall");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("F11 leaves full screen");
        stage.setOnHidden(_ -> view.stop());
    }

    /// Shows the wall full screen on `screen`, or brings it to the front when it shows already.
    public void show(Screen screen) {
        if (stage.isShowing()) {
            stage.toFront();
            return;
        }
        Rectangle2D bounds = screen.getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setFullScreen(true);
        stage.show();
        view.start();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    Stage stage() {
        return stage;
    }

    WallView view() {
        return view;
    }
}
