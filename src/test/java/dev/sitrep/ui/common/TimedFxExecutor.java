package dev.sitrep.ui.common;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/// For benchmarks: runs store work on the benchmark's thread when asked, then its outcome on the FX thread
/// together with the CSS and layout pass it causes, and times only that FX-thread part.
public final class TimedFxExecutor implements TaskExecutor {

    private final List<Runnable> pending = new ArrayList<>();
    private long fxNanos;

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        pending.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            Platform.runLater(() -> timeOnFxThread(() -> onSuccess.accept(result)));
        });
    }

    @Override
    public void runOnUiThread(Runnable action) {
        Platform.runLater(action);
    }

    /// Runs the store work waiting, then its FX-thread part; returns that part's time in nanoseconds.
    public long runPending() {
        fxNanos = 0;
        List<Runnable> now = List.copyOf(pending);
        pending.clear();
        now.forEach(Runnable::run);
        WaitForAsyncUtils.waitForFxEvents();
        return fxNanos;
    }

    /// Runs `change` on the FX thread with the CSS and layout pass it causes; call on the FX thread.
    public long timeOnFxThread(Runnable change) {
        long started = System.nanoTime();
        change.run();
        Parent root = Window.getWindows().getFirst().getScene().getRoot();
        root.applyCss();
        root.layout();
        long took = System.nanoTime() - started;
        fxNanos += took;
        return took;
    }
}
