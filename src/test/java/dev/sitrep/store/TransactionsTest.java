package dev.sitrep.store;

import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.SlaTier;
import dev.sitrep.domain.Site;
import dev.sitrep.store.StoreException.Reason;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/// The journal's all-or-nothing rule and its ordering.
class TransactionsTest extends StoreTestSupport {

    @Test
    void whenTheJournalEntryFailsTheBusinessRowIsNotStoredEither() throws SQLException {
        long head = store.journal().latestSeq();
        execute("ALTER TABLE journal ADD CONSTRAINT test_refuse_customers CHECK (entity <> 'customer')");
        Customer acme = new Customer(UUID.randomUUID(), "Acme", SlaTier.GOLD, "", null, "");

        StoreException refused = catchThrowableOfType(StoreException.class,
                () -> store.inventory().saveCustomer(acme, priya));

        assertThat(refused.reason()).isEqualTo(Reason.REJECTED);
        assertThat(store.inventory().customer(acme.id())).isEmpty();
        assertThat(store.inventory().customers()).isEmpty();
        assertThat(store.journal().latestSeq()).isEqualTo(head);
        assertThat(journalHead()).isEqualTo(head);
    }

    @Test
    void whenTheBusinessRowFailsNoJournalEntryIsStored() throws SQLException {
        long head = store.journal().latestSeq();
        execute("ALTER TABLE customer ADD CONSTRAINT test_refuse_notes CHECK (notes <> 'refuse me')");
        Customer acme = new Customer(UUID.randomUUID(), "Acme", SlaTier.GOLD, "", null, "refuse me");

        StoreException refused = catchThrowableOfType(StoreException.class,
                () -> store.inventory().saveCustomer(acme, priya));

        assertThat(refused.reason()).isEqualTo(Reason.REJECTED);
        assertThat(store.journal().latestSeq()).isEqualTo(head);
        assertThat(journalHead()).isEqualTo(head);
    }

    @Test
    void aBatchChangeIsWhollyUndoneWhenOneOfItsEntriesFails() throws SQLException {
        Site leeds = site(customer("Acme"), "Leeds");
        Device first = device(leeds, "EXCH-01");
        Device second = device(leeds, "EXCH-02");
        Incident incident = incident("Ransomware at Acme");
        store.impacts().add(incident.id(), List.of(first.id(), second.id()), DeviceStatus.UNKNOWN, priya);
        long head = store.journal().latestSeq();
        execute("ALTER TABLE journal ADD CONSTRAINT test_refuse_second CHECK (NOT (action = 'status_changed' "
                + "AND entity_id LIKE '%" + second.id() + "'))");

        catchThrowableOfType(StoreException.class, () -> store.impacts().setStatus(incident.id(),
                List.of(first.id(), second.id()), DeviceStatus.DOWN, "encrypted", priya));

        assertThat(store.impacts().forIncident(incident.id()))
                .extracting(impact -> impact.status()).containsOnly(DeviceStatus.UNKNOWN);
        assertThat(store.journal().latestSeq()).isEqualTo(head);
    }

    @Test
    void concurrentWritersGetGaplessSequenceNumbersThatAPollingFeedSeesInOrder() throws Exception {
        long start = store.journal().latestSeq();
        ChangeFeed feed = store.changeFeed();
        List<Long> seen = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(5);
        try {
            Future<?> poller = threads.submit(() -> {
                while (writing.get()) {
                    feed.poll().forEach(entry -> seen.add(entry.seq()));
                }
                feed.poll().forEach(entry -> seen.add(entry.seq()));
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < 4; writer++) {
                int number = writer;
                writers.add(threads.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        customer("Customer " + number + "-" + i);
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            poller.get();
        } finally {
            threads.shutdownNow();
        }

        List<Long> expected = LongStream.rangeClosed(start + 1, start + 100).boxed().toList();
        assertThat(seen).as("every entry once, in order, none skipped").containsExactlyElementsOf(expected);
        assertThat(journalAfter(start)).extracting(JournalEntry::seq).containsExactlyElementsOf(expected);
        assertThat(journalHead()).isEqualTo(start + 100);
    }

    @Test
    void noCodeUpdatesOrDeletesJournalRows() throws IOException {
        Pattern journalChange = Pattern.compile("(?i)(UPDATE|DELETE\\s+FROM|MERGE\\s+INTO|TRUNCATE\\s+TABLE)\\s+journal\\b(?!_)");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<Path> offenders = sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> journalChange.matcher(read(path)).find())
                    .toList();
            assertThat(offenders).isEmpty();
        }
        assertThat(journalChange.matcher("UPDATE journal SET actor = ''").find()).as("the check can fail").isTrue();
        assertThat(journalChange.matcher("UPDATE journal_head SET last_seq = 1").find()).isFalse();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private long journalHead() throws SQLException {
        try (Connection connection = sql(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT last_seq FROM journal_head")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String ddl) throws SQLException {
        try (Connection connection = sql(); Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        }
    }
}
