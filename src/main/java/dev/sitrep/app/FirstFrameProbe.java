package dev.sitrep.app;

import dev.sitrep.ui.shell.ShellViewModel;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;

/// For the start-up benchmark: prints `FIRST_FRAME <ms>` once the main window's first frame is on the
/// screen, and `READY <ms>` once the console shows what the operator opened it for (the current incident,
/// or the welcome on an empty database), both in milliseconds since the JVM started; then ends the
/// application.
final class FirstFrameProbe {

    private FirstFrameProbe() {
    }

    static void reportFirstFrame(Scene scene) {
        Frames.afterNextFrame(scene, () -> report("FIRST_FRAME"));
    }

    static void reportReadyAndExit(Console console) {
        ShellViewModel shell = console.shell();
        boolean[] reported = {false};
        Runnable check = () -> {
            if (!reported[0] && showsWhatWasOpened(shell)) {
                reported[0] = true;
                Frames.afterNextFrame(console.scene(), () -> {
                    report("READY");
                    Platform.exit();
                });
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

    private static void report(String what) {
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(what + " " + sinceStart);
        System.out.flush();
    }
}
