package dev.sitrep.ui.common;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/// Runs database work on one background thread, in order, and applies outcomes on the FX thread.
///
/// One thread keeps writes in the order the operator made them and the FX thread free.
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("sitrep-store").daemon(true).factory());

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | LinkageError e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void runOnUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
