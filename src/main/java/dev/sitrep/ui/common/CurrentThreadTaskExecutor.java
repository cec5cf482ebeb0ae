package dev.sitrep.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/// Runs everything at once on the calling thread, so view models can be tested synchronously.
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | LinkageError e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }
}
