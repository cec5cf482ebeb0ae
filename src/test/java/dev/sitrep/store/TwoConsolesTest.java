package dev.sitrep.store;

import dev.sitrep.domain.Customer;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.StaffRole;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/// Two consoles on one database file each see what the other writes, through their change feeds.
class TwoConsolesTest extends StoreTestSupport {

    /// Generous: the point is that the change arrives, not how fast.
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void twoStoresOnOneFileSeeEachOthersChanges() throws InterruptedException {
        try (Store second = Store.open(DatabaseLocation.ofFile(folder.resolve("sitrep")), clock)) {
            ChangeFeed firstFeed = store.changeFeed();
            ChangeFeed secondFeed = second.changeFeed();
            Operator sam = second.staff().signIn("Sam Okafor", StaffRole.TAM);

            customer("Acme");
            second.inventory().saveCustomer(new Customer(UUID.randomUUID(), "Zenith",
                    null, "", null, ""), sam);

            assertThat(awaitEntry(secondFeed, entry -> entry.detail("name").equals("Acme")).actor())
                    .isEqualTo("Priya Shah");
            assertThat(awaitEntry(firstFeed, entry -> entry.detail("name").equals("Zenith")).actor())
                    .isEqualTo("Sam Okafor");
            assertThat(second.inventory().customers()).hasSize(2);
        }
    }

    @Test
    void aSitrepInAnotherProcessJoinsTheFileAndBothSeeTheOthersChanges() throws Exception {
        customer("Local Ltd");
        ChangeFeed feed = store.changeFeed();

        try (ChildJvm other = ChildJvm.start(SecondConsole.class, folder.resolve("sitrep").toString(), "Remote Ltd")) {
            List<String> lines = new ArrayList<>();
            for (String line = other.readLine(); line != null && !line.equals("written"); line = other.readLine()) {
                lines.add(line);
            }
            assertThat(lines).as("the other console sees what this one wrote").contains("sees Local Ltd");

            JournalEntry remote = awaitEntry(feed, entry -> entry.detail("name").equals("Remote Ltd"));

            assertThat(remote.actor()).isEqualTo("Rita Remote");
            assertThat(store.inventory().customers()).extracting(customer -> customer.name())
                    .contains("Local Ltd", "Remote Ltd");
        }
    }

    /// Polls `feed` until an entry matches, or fails after [#PATIENCE].
    private static JournalEntry awaitEntry(ChangeFeed feed, Predicate<JournalEntry> wanted)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            for (JournalEntry entry : feed.poll()) {
                if (wanted.test(entry)) {
                    return entry;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no matching journal entry arrived within " + PATIENCE);
    }
}
