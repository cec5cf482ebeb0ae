package dev.sitrep.app;

import dev.sitrep.ui.shell.ShellViewModel;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;

/// For the start-up benchmark: waits until the console shows what an operator opened it for (the current
/// incident, or the welcome on an empty database), lets that frame render, prints the time since the JVM
/// started as `FIRST_FRAME <ms>`, and ends the application.
final class FirstFrameProbe {

    private FirstFrameProbe() {
    }

    static void reportAndExit(Console console) {
        ShellViewModel shell = console.shell();
        boolean[] reported = {false};
        Runnable check = () -> {
            if (!reported[0] && showsWhatWasOpened(shell)) {
                reported[0] = true;
                afterNextFrame(console.scene());
            }
        };
        shell.contentProperty().subscribe(check);
        shell.currentIncidentProperty().subscribe(check);
        check.run();
    }

    private static boolean showsWhatWasOpened(ShellViewModel shell) {
        return switch (shell.content()) {
            case LOADING -> false;
            case WELCOME -> true;
            case SCREENS -> shell.currentIncidentProperty().get() != null;
        };
    }

    /// The post-layout pulse comes just before the render of the same pulse, so once a second pulse has
    /// been laid out, the first frame with the data is on the screen.
    private static void afterNextFrame(Scene scene) {
        Runnable[] listener = new Runnable[1];
        int[] pulses = {0};
        listener[0] = () -> {
            pulses[0]++;
            if (pulses[0] == 1) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("FIRST_FRAME " + sinceStart);
            System.out.flush();
            Platform.exit();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
