package dev.sitrep.ui.shell;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/// Keeps this console current: polls the journal for entries written since it last looked (by this console
/// or any other), hands each batch to the [Workspace] on the UI thread, and tracks whether the database answers.
///
/// Polling runs on a thread of its own, so a long write on the store's executor (a demo load) does not delay
/// what other consoles changed.
public final class ChangeFeedPoller implements AutoCloseable {

    /// How often the journal is read: other consoles' changes show within a second.
    public static final Duration INTERVAL = Duration.ofMillis(500);

    /// How long a change from another operator keeps the console marked as shared.
    static final Duration SHARED_FOR = Duration.ofMinutes(15);

    /// How old an entry may be and still count as just written by another console.
    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    /// One read of the journal: the entries written since the previous read, oldest first.
    @FunctionalInterface
    public interface Feed {
        List<JournalEntry> poll() throws Exception;
    }

    private final Feed feed;
    private final Workspace workspace;
    private final Executor uiThread;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<ConnectionState> state =
            new ReadOnlyObjectWrapper<>(this, "state", ConnectionState.CONNECTED);
    private ScheduledExecutorService timer;
    private volatile boolean closed;
    private String lastOtherActor;
    private Instant lastOtherChangeAt;

    /// @param uiThread runs a task on the UI thread (`Platform::runLater`; tests run it at once)
    public ChangeFeedPoller(Feed feed, Workspace workspace, Executor uiThread, Clock clock) {
        this.feed = Objects.requireNonNull(feed);
        this.workspace = Objects.requireNonNull(workspace);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.clock = Objects.requireNonNull(clock);
    }

    /// Starts polling every [#INTERVAL] on a background thread.
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("sitrep-change-feed").daemon(true).factory());
        timer.scheduleWithFixedDelay(this::pollOnce, INTERVAL.toMillis(), INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /// Reads the journal once and publishes what it found; the timer calls this, tests call it directly.
    public void pollOnce() {
        List<JournalEntry> entries;
        try {
            entries = feed.poll();
        } catch (Exception | LinkageError failure) {
            String problem = Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName());
            uiThread.execute(() -> {
                if (!closed) {
                    markUnreachable(problem);
                }
            });
            return;
        }
        uiThread.execute(() -> {
            if (closed) {
                return;
            }
            markReachable(entries);
            workspace.publish(entries);
        });
    }

    /// Stops polling; a poll under way finishes, and nothing is published after it.
    @Override
    public synchronized void close() {
        closed = true;
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ConnectionState state() {
        return state.get();
    }

    // State, changed on the UI thread only

    private void markUnreachable(String problem) {
        if (!(state.get() instanceof ConnectionState.Unreachable)) {
            state.set(new ConnectionState.Unreachable(clock.instant(), problem));
        }
    }

    private void markReachable(List<JournalEntry> entries) {
        Instant now = clock.instant();
        String other = lastOtherActor(entries, now);
        if (other != null) {
            lastOtherActor = other;
            lastOtherChangeAt = now;
        }
        boolean sharedLately = lastOtherChangeAt != null && !now.isAfter(lastOtherChangeAt.plus(SHARED_FOR));
        ConnectionState next = sharedLately ? new ConnectionState.Shared(lastOtherActor) : ConnectionState.CONNECTED;
        if (!next.equals(state.get())) {
            state.set(next);
        }
    }

    /// The actor of the last entry written by someone other than the operator signed in here, or `null`.
    ///
    /// Only fresh entries count: a bulk load (a demo, an import) brings history written in other names.
    /// Staff entries are left out: signing in writes them, and a sign-in here can reach the feed a moment
    /// before the workspace knows the new operator.
    private String lastOtherActor(List<JournalEntry> entries, Instant now) {
        Operator operator = workspace.operator();
        if (operator == null) {
            return null;
        }
        Instant freshSince = now.minus(FRESH_FOR);
        String other = null;
        for (JournalEntry entry : entries) {
            if (entry.entity() != EntityType.STAFF && entry.at().isAfter(freshSince) && !entry.actor().isEmpty()
                    && !entry.actor().equalsIgnoreCase(operator.name())) {
                other = entry.actor();
            }
        }
        return other;
    }
}
