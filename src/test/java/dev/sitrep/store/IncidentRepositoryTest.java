package dev.sitrep.store;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentDraft;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Phase;
import dev.sitrep.domain.Severity;
import dev.sitrep.store.StoreException.Reason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentRepositoryTest extends StoreTestSupport {

    @Test
    void declaringGivesTheNextCodeOfTheYearAndJournalsIt() {
        IncidentDraft draft = new IncidentDraft("  Ransomware at Acme ", IncidentKind.RANSOMWARE, Severity.SEV1,
                priya.staffId(), "Files encrypted at Leeds", Duration.ofMinutes(30));

        Incident first = store.incidents().declare(draft, priya);
        Incident second = store.incidents().declare(draft(("Exchange zero-day")), priya);

        assertThat(first.code()).isEqualTo("INC-2026-0001");
        assertThat(second.code()).isEqualTo("INC-2026-0002");
        assertThat(first.phase()).isEqualTo(Phase.IDENTIFIED);
        assertThat(first.declaredAt()).isEqualTo(START);
        assertThat(first.resolvedAt()).isNull();
        assertThat(first.title()).isEqualTo("Ransomware at Acme");
        assertThat(store.incidents().find(first.id())).contains(first);
        assertThat(store.incidents().findByCode("INC-2026-0001")).contains(first);

        JournalEntry declared = store.journal().forIncident(first.id(), 10).getFirst();
        assertThat(declared.action()).isEqualTo(JournalAction.DECLARED);
        assertThat(declared.entity()).isEqualTo(EntityType.INCIDENT);
        assertThat(declared.entityId()).isEqualTo(first.id().toString());
        assertThat(declared.incidentId()).isEqualTo(first.id());
        assertThat(declared.actor()).isEqualTo("Priya Shah");
        assertThat(declared.at()).isEqualTo(START);
        assertThat(declared.details()).containsEntry("name", "INC-2026-0001")
                .containsEntry("title", "Ransomware at Acme").containsEntry("severity", "sev1");
    }

    @Test
    void codesStartAgainEachYearAndSkipNumbersAlreadyTaken() throws Exception {
        incident("First of 2026");
        try (var connection = sql(); var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE incident SET code = 'INC-2026-0041'");
        }
        assertThat(incident("After an import").code()).isEqualTo("INC-2026-0042");

        clock.set(Instant.parse("2027-01-01T00:05:00Z"));
        assertThat(incident("New year").code()).isEqualTo("INC-2027-0001");
    }

    @Test
    void theYearOfACodeIsTheYearWhereTheClockIs() {
        store.close();
        clock = new MutableClock(Instant.parse("2026-12-31T23:30:00Z"), ZoneId.of("Asia/Tokyo"));
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("sitrep")), clock);

        assertThat(incident("Just after midnight in Tokyo").code()).isEqualTo("INC-2027-0001");
    }

    @Test
    void anInvalidDraftIsRejectedWithAllItsProblems() {
        IncidentDraft draft = new IncidentDraft(" ", IncidentKind.OUTAGE, null, null, "", Duration.ofMinutes(5));

        assertThatThrownBy(() -> store.incidents().declare(draft, priya))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REJECTED))
                .hasMessageContaining("Title:").hasMessageContaining("Severity:").hasMessageContaining("Update cadence:");
        assertThat(store.incidents().all()).isEmpty();
    }

    @Test
    void anUnknownCommanderIsRejected() {
        UUID nobody = UUID.randomUUID();
        IncidentDraft draft = new IncidentDraft("Outage", IncidentKind.OUTAGE, Severity.SEV2, nobody, "",
                Duration.ofHours(1));

        assertThatThrownBy(() -> store.incidents().declare(draft, priya))
                .isInstanceOf(StoreException.class).hasMessage("Commander: there is no member of staff with id "
                        + nobody + ".");
    }

    @Test
    void editingJournalsTheFieldsThatChanged() {
        Incident incident = incident("Ransomware at Acme");
        long before = store.journal().latestSeq();
        IncidentDraft draft = new IncidentDraft("Ransomware at Acme", IncidentKind.RANSOMWARE, Severity.SEV2, null,
                "Contained at Leeds", Duration.ofMinutes(60));

        Incident edited = store.incidents().edit(incident.id(), draft, priya);
        store.incidents().edit(incident.id(), draft, priya);

        assertThat(edited.severity()).isEqualTo(Severity.SEV2);
        assertThat(store.incidents().find(incident.id())).contains(edited);
        assertThat(journalAfter(before)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(JournalAction.UPDATED);
            assertThat(entry.details()).isEqualTo(Map.of("name", "INC-2026-0001", "fields", "severity,summary"));
        });
    }

    @Test
    void phasesMoveByThePhaseRules() {
        Incident incident = incident("Outage");

        Incident monitoring = store.incidents().changePhase(incident.id(), Phase.MONITORING, priya);
        Incident recovering = store.incidents().changePhase(incident.id(), Phase.RECOVERING, priya);

        assertThat(monitoring.phase()).isEqualTo(Phase.MONITORING);
        assertThat(recovering.phase()).isEqualTo(Phase.RECOVERING);
        assertThat(lastEntry().action()).isEqualTo(JournalAction.PHASE_CHANGED);
        assertThat(lastEntry().details()).containsEntry("from", "monitoring").containsEntry("to", "recovering")
                .containsEntry("name", "INC-2026-0001");
        assertThatThrownBy(() -> store.incidents().changePhase(incident.id(), Phase.IDENTIFIED, priya))
                .isInstanceOf(StoreException.class).hasMessageContaining("can go back only to responding");
        assertThatThrownBy(() -> store.incidents().changePhase(incident.id(), Phase.RECOVERING, priya))
                .isInstanceOf(StoreException.class).hasMessageContaining("already recovering");
        assertThat(store.incidents().find(incident.id()).orElseThrow().phase()).isEqualTo(Phase.RECOVERING);
    }

    @Test
    void resolvingRecordsTheTimeAndReopeningNeedsAReason() {
        Incident incident = incident("Outage");
        clock.advance(Duration.ofHours(5));

        Incident resolved = store.incidents().changePhase(incident.id(), Phase.RESOLVED, priya);

        assertThat(resolved.resolvedAt()).isEqualTo(START.plus(Duration.ofHours(5)));
        assertThat(lastEntry().action()).isEqualTo(JournalAction.RESOLVED);
        assertThat(lastEntry().details()).containsEntry("from", "identified").containsEntry("to", "resolved");
        assertThatThrownBy(() -> store.incidents().changePhase(incident.id(), Phase.MONITORING, priya))
                .isInstanceOf(StoreException.class).hasMessageContaining("reopen it");
        assertThatThrownBy(() -> store.incidents().reopen(incident.id(), Phase.RECOVERING, " ", priya))
                .isInstanceOf(StoreException.class).hasMessageContaining("Reason:");

        Incident reopened = store.incidents().reopen(incident.id(), Phase.RECOVERING, "Relapse at Leeds", priya);

        assertThat(reopened.phase()).isEqualTo(Phase.RECOVERING);
        assertThat(reopened.resolvedAt()).isNull();
        assertThat(store.incidents().find(incident.id())).contains(reopened);
        assertThat(lastEntry().action()).isEqualTo(JournalAction.REOPENED);
        assertThat(lastEntry().details()).containsEntry("reason", "Relapse at Leeds")
                .containsEntry("from", "resolved").containsEntry("to", "recovering");
        assertThatThrownBy(() -> store.incidents().reopen(incident.id(), Phase.RESPONDING, "again", priya))
                .isInstanceOf(StoreException.class).hasMessageContaining("Only a resolved incident");
    }

    @Test
    void allListsOpenIncidentsFirstThenNewestFirst() {
        Incident oldest = incident("Oldest");
        clock.advance(Duration.ofHours(1));
        Incident resolved = incident("Resolved");
        store.incidents().changePhase(resolved.id(), Phase.RESOLVED, priya);
        clock.advance(Duration.ofHours(1));
        Incident newest = incident("Newest");

        assertThat(store.incidents().all()).extracting(Incident::id)
                .containsExactly(newest.id(), oldest.id(), resolved.id());
    }

    @Test
    void changingAnUnknownIncidentIsRejected() {
        assertThatThrownBy(() -> store.incidents().changePhase(UUID.randomUUID(), Phase.RESPONDING, priya))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REJECTED))
                .hasMessageStartingWith("Incident: there is no incident with id");
    }
}
