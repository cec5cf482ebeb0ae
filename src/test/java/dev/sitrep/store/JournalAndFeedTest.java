package dev.sitrep.store;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Phase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JournalAndFeedTest extends StoreTestSupport {

    @Test
    void sequenceNumbersGrowWithEveryEntry() {
        long start = store.journal().latestSeq();
        customer("Acme");
        customer("Zenith");

        assertThat(store.journal().latestSeq()).isEqualTo(start + 2);
        assertThat(store.journal().after(start, 10)).extracting(JournalEntry::seq)
                .containsExactly(start + 1, start + 2);
        assertThat(store.journal().after(start, 1)).extracting(JournalEntry::seq).containsExactly(start + 1);
        assertThat(store.journal().after(start + 2, 10)).isEmpty();
    }

    @Test
    void anIncidentsEntriesComeNewestFirstAndOnlyItsOwn() {
        Incident first = incident("First");
        Incident second = incident("Second");
        store.incidents().changePhase(first.id(), Phase.RESPONDING, priya);
        store.incidents().changePhase(first.id(), Phase.RECOVERING, priya);
        customer("Acme");

        assertThat(store.journal().forIncident(first.id(), 10)).extracting(JournalEntry::action)
                .containsExactly(JournalAction.PHASE_CHANGED, JournalAction.PHASE_CHANGED, JournalAction.DECLARED);
        assertThat(store.journal().forIncident(first.id(), 2)).extracting(entry -> entry.detail("to"))
                .containsExactly("recovering", "responding");
        assertThat(store.journal().forIncident(second.id(), 10)).singleElement()
                .extracting(JournalEntry::incidentId).isEqualTo(second.id());
    }

    @Test
    void detailsSurviveTheTripThroughJson() {
        customer("Zoë \"the\" Café, Ltd.\nLine two");

        assertThat(lastEntry().details()).isEqualTo(Map.of("name", "Zoë \"the\" Café, Ltd.\nLine two"));
    }

    @Test
    void anActionWrittenByANewerSitrepReadsAsOther() throws Exception {
        customer("Acme");
        try (Connection connection = sql(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE journal_head SET last_seq = last_seq + 1");
            statement.executeUpdate("INSERT INTO journal (id, seq, at, actor, entity, entity_id, action, details) "
                    + "SELECT RANDOM_UUID(), last_seq, CURRENT_TIMESTAMP, 'Newer Sitrep', 'customer', 'x', 'archived', "
                    + "'{\"name\":\"Acme\",\"count\":3}' FROM journal_head");
        }

        JournalEntry entry = lastEntry();
        assertThat(entry.action()).isEqualTo(JournalAction.OTHER);
        assertThat(entry.entity()).isEqualTo(EntityType.CUSTOMER);
        assertThat(entry.details()).isEqualTo(Map.of("name", "Acme", "count", "3"));
    }

    @Test
    void theFeedReportsEachEntryOnceInOrder() {
        ChangeFeed feed = store.changeFeed();
        assertThat(feed.poll()).isEmpty();

        customer("Acme");
        customer("Zenith");
        List<JournalEntry> first = feed.poll();
        customer("Initech");
        List<JournalEntry> second = feed.poll();

        assertThat(first).extracting(entry -> entry.detail("name")).containsExactly("Acme", "Zenith");
        assertThat(second).extracting(entry -> entry.detail("name")).containsExactly("Initech");
        assertThat(feed.poll()).isEmpty();
        assertThat(feed.lastSeenSeq()).isEqualTo(store.journal().latestSeq());
    }

    @Test
    void aFeedStartingAtZeroReadsTheWholeJournalPageByPage() {
        for (int i = 0; i < 1_050; i++) {
            customer("Customer " + i);
        }
        ChangeFeed feed = new ChangeFeed(store.journal(), 0);

        List<JournalEntry> everything = feed.poll();

        assertThat(everything).hasSize((int) store.journal().latestSeq());
        assertThat(everything).extracting(JournalEntry::seq).isSorted().doesNotHaveDuplicates();
    }
}
