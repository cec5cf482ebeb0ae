package dev.sitrep.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;

/// The start-up benchmark's baseline: the plainest JavaFX window, timed to its first frame the same way
/// [FirstFrameProbe] times Sitrep's. A plain launcher class, as for Sitrep itself.
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /// The window: one label, the size Sitrep opens at.
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Sitrep")), WindowPlacement.DEFAULT_WIDTH,
                    WindowPlacement.DEFAULT_HEIGHT);
            int[] pulses = {0};
            scene.addPostLayoutPulseListener(() -> {
                if (++pulses[0] == 2) {
                    long sinceStart = System.currentTimeMillis()
                            - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("FIRST_FRAME " + sinceStart);
                    System.out.flush();
                    Platform.exit();
                } else {
                    Platform.requestNextPulse();
                }
            });
            stage.setScene(scene);
            stage.show();
        }
    }
}
