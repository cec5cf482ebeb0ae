package dev.sitrep.ui.snapshot;

import dev.sitrep.domain.Text;
import dev.sitrep.io.snapshot.Progress;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Locale;
import java.util.function.Consumer;

/// Carries a transfer's progress from its thread to the UI thread, at most ten times a second so a fast
/// transfer never floods the UI thread, and carries a cancel request back.
final class TransferProgress implements Progress {

    private static final long INTERVAL_NANOS = 100_000_000;

    private final Consumer<Runnable> uiThread;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(-1);
    /// Touched by the transfer's thread only, apart from [#start] before the transfer begins.
    private volatile long lastPosted;
    private volatile boolean cancelled;
    private volatile String unit = "rows";

    /// @param uiThread runs an update on the UI thread
    TransferProgress(Consumer<Runnable> uiThread) {
        this.uiThread = uiThread;
    }

    /// Resets for a new transfer counted in `unit` ("rows" or "bytes").
    void start(String unit) {
        this.unit = unit;
        cancelled = false;
        lastPosted = System.nanoTime() - INTERVAL_NANOS;
        fraction.set(-1);
        status.set("Starting…");
    }

    @Override
    public void worked(long done, long total) {
        long now = System.nanoTime();
        if (done < total && now - lastPosted < INTERVAL_NANOS) {
            return;
        }
        lastPosted = now;
        double part = total <= 0 ? -1 : Math.min(1, (double) done / total);
        String text = describe(done, total);
        uiThread.accept(() -> {
            if (!cancelled) {
                fraction.set(part);
                status.set(text);
            }
        });
    }

    private String describe(long done, long total) {
        if (unit.equals("bytes")) {
            return String.format(Locale.ROOT, "%.1f of %.1f MB read", done / 1e6, total / 1e6);
        }
        return Text.number(done) + " of " + Text.count(total, "row") + " written";
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    /// Asks the transfer to stop at its next report.
    void cancel() {
        cancelled = true;
        status.set("Cancelling…");
    }

    /// Says what became of the transfer.
    void status(String text) {
        status.set(text);
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }
}
