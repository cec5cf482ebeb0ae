package dev.sitrep.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/// Runs work away from the FX thread and hands its outcome back to it.
///
/// View models take one in their constructor: the application passes [FxTaskExecutor], tests pass
/// [CurrentThreadTaskExecutor] and check the outcome right after the call.
public interface TaskExecutor {

    /// Runs `work` in the background, then `onSuccess` or `onFailure` on the UI thread.
    <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /// Runs `action` on the UI thread (at once when already on it).
    void runOnUiThread(Runnable action);
}
