package dev.sitrep.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BurnUpTest {

    private static final Instant DECLARED = Instant.parse("2026-03-14T09:00:00Z");
    private static final UUID INCIDENT = UUID.randomUUID();

    @Test
    void countsDevicesAsTheyAreRestoredOrVerifiedAndBackWhenTheyFallAgain() {
        List<JournalEntry> journal = List.of(
                created("a", "down", 0),
                created("b", "at_risk", 0),
                changed("a", "down", "recovering", 30),
                changed("a", "recovering", "restored", 60),
                changed("b", "at_risk", "verified", 90),
                changed("a", "restored", "verified", 100),
                changed("a", "verified", "down", 120));

        BurnUp burnUp = BurnUp.of(DECLARED, journal);

        assertThat(burnUp.points()).containsExactly(
                new BurnUp.Point(DECLARED, 0),
                new BurnUp.Point(at(60), 1),
                new BurnUp.Point(at(90), 2),
                new BurnUp.Point(at(120), 1));
        assertThat(burnUp.latest()).isEqualTo(1);
    }

    @Test
    void aDeviceAddedAlreadyRestoredCountsAtOnceAndOtherEntriesDoNot() {
        List<JournalEntry> journal = List.of(
                created("a", "restored", 10),
                entry(EntityType.TASK, "t", JournalAction.STATUS_CHANGED, Map.of("to", "done"), 20));

        assertThat(BurnUp.of(DECLARED, journal).points())
                .containsExactly(new BurnUp.Point(DECLARED, 0), new BurnUp.Point(at(10), 1));
    }

    @Test
    void readsTheJournalInTimeOrderWhateverOrderItComesIn() {
        List<JournalEntry> newestFirst = List.of(
                changed("a", "down", "restored", 60),
                created("a", "down", 0));

        assertThat(BurnUp.of(DECLARED, newestFirst).latest()).isEqualTo(1);
    }

    @Test
    void samplingKeepsTheShapeInAFixedNumberOfPoints() {
        List<JournalEntry> journal = List.of(
                created("a", "down", 0), created("b", "down", 0),
                changed("a", "down", "restored", 10),
                changed("b", "down", "restored", 50));

        BurnUp sampled = BurnUp.of(DECLARED, journal).sampled(4, at(80));

        assertThat(sampled.points()).extracting(BurnUp.Point::recovered).containsExactly(0, 1, 1, 2, 2);
        assertThat(sampled.points().getLast().at()).isEqualTo(at(80));
    }

    private static Instant at(int minutes) {
        return DECLARED.plusSeconds(minutes * 60L);
    }

    private static JournalEntry created(String device, String status, int minutes) {
        return entry(EntityType.IMPACT, device, JournalAction.CREATED, Map.of("status", status), minutes);
    }

    private static JournalEntry changed(String device, String from, String to, int minutes) {
        return entry(EntityType.IMPACT, device, JournalAction.STATUS_CHANGED, Map.of("from", from, "to", to),
                minutes);
    }

    private static JournalEntry entry(EntityType entity, String id, JournalAction action, Map<String, String> details,
                                      int minutes) {
        return new JournalEntry(UUID.randomUUID(), minutes + 1, at(minutes), "Priya Shah", INCIDENT, entity,
                INCIDENT + "/" + id, action, details);
    }
}
