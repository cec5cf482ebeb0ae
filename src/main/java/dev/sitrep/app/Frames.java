package dev.sitrep.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/// Waiting for a frame to reach the screen.
final class Frames {

    private Frames() {
    }

    /// Runs `then` on the JavaFX thread once the scene's next frame is on the screen. A post-layout pulse
    /// comes just before the render of the same pulse, so once a second pulse has been laid out, the frame
    /// of the first is on the screen.
    static void afterNextFrame(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        int[] pulses = {0};
        listener[0] = () -> {
            pulses[0]++;
            if (pulses[0] == 1) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
