package dev.sitrep.ui.shell;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.store.StoreException;
import dev.sitrep.ui.common.Workspace;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeFeedPollerTest {

    private static final Instant NINE_THIRTY = Instant.parse("2026-03-14T09:30:00Z");

    /// Answers each poll with the next scripted result: a batch, or a failure to throw.
    private final Deque<Object> script = new ArrayDeque<>();
    private final Workspace workspace = new Workspace();
    private final List<List<JournalEntry>> published = new ArrayList<>();
    private Instant now = NINE_THIRTY;
    private final ChangeFeedPoller poller = new ChangeFeedPoller(this::nextScripted, workspace, Runnable::run,
            new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            });

    ChangeFeedPollerTest() {
        workspace.onChanges(published::add);
        workspace.operatorProperty().set(new Operator(UUID.randomUUID(), "Priya Shah", StaffRole.COMMANDER));
    }

    private List<JournalEntry> nextScripted() throws Exception {
        Object next = script.isEmpty() ? List.of() : script.removeFirst();
        if (next instanceof Exception failure) {
            throw failure;
        }
        @SuppressWarnings("unchecked")
        List<JournalEntry> batch = (List<JournalEntry>) next;
        return batch;
    }

    @Test
    void publishesEachBatchToTheWorkspaceAndNothingForAnEmptyPoll() {
        List<JournalEntry> first = List.of(entry("Priya Shah", NINE_THIRTY), entry("Priya Shah", NINE_THIRTY));
        script.add(first);
        script.add(List.of());

        poller.pollOnce();
        poller.pollOnce();

        assertThat(published).containsExactly(first);
        assertThat(poller.state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void reportsSinceWhenTheDatabaseIsUnreachableAndRecovers() {
        script.add(new StoreException(StoreException.Reason.FAILED, "Connection is broken"));
        script.add(new StoreException(StoreException.Reason.FAILED, "Connection is broken"));
        script.add(List.of());

        poller.pollOnce();
        now = NINE_THIRTY.plus(Duration.ofMinutes(3));
        poller.pollOnce();

        assertThat(poller.state()).isEqualTo(new ConnectionState.Unreachable(NINE_THIRTY, "Connection is broken"));
        assertThat(poller.state().describe(ZoneOffset.UTC)).isEqualTo("database unreachable since 09:30");
        assertThat(published).isEmpty();

        poller.pollOnce();
        assertThat(poller.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(poller.state().describe(ZoneOffset.UTC)).isEqualTo("connected");
    }

    @Test
    void marksTheConsoleSharedWhenSomeoneElseJustWrote() {
        script.add(List.of(entry("Sam Okafor", NINE_THIRTY.minusSeconds(1))));

        poller.pollOnce();

        assertThat(poller.state()).isEqualTo(new ConnectionState.Shared("Sam Okafor"));
        assertThat(poller.state().describe(ZoneOffset.UTC)).isEqualTo("shared with another console");

        now = NINE_THIRTY.plus(ChangeFeedPoller.SHARED_FOR).plusSeconds(1);
        poller.pollOnce();
        assertThat(poller.state()).as("nobody else wrote for a while").isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void historyLoadedInOtherNamesDoesNotCountAsAnotherConsole() {
        script.add(List.of(entry("Sam Okafor", NINE_THIRTY.minus(Duration.ofDays(3))),
                entry("Priya Shah", NINE_THIRTY)));

        poller.pollOnce();

        assertThat(poller.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(published).hasSize(1);
    }

    @Test
    void publishesNothingOnceClosed() {
        script.add(List.of(entry("Priya Shah", NINE_THIRTY)));

        poller.close();
        poller.pollOnce();

        assertThat(published).isEmpty();
    }

    private static JournalEntry entry(String actor, Instant at) {
        return new JournalEntry(UUID.randomUUID(), 1, at, actor, UUID.randomUUID(), EntityType.TASK, UUID.randomUUID().toString(),
                JournalAction.CREATED, Map.of("name", "Patch EXCH-02"));
    }
}
