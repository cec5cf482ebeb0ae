package dev.sitrep.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/// Holds background work until the test runs it, as a busy store thread would: what the view model does
/// while a write is still under way can be checked without timing anything.
public final class HeldExecutor implements TaskExecutor {

    private final Deque<Runnable> held = new ArrayDeque<>();

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        held.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }

    /// Runs the work held so far; what that work hands on stays held.
    public void runHeld() {
        List<Runnable> now = List.copyOf(held);
        held.clear();
        now.forEach(Runnable::run);
    }

    /// Runs everything held so far, and what that work hands on, in order.
    public void runAll() {
        while (!held.isEmpty()) {
            held.poll().run();
        }
    }
}
