package dev.sitrep.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateScheduleTest {

    private static final Instant DECLARED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Duration CADENCE = Duration.ofMinutes(120);
    private static final UUID ACME = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID BOLT = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    private static final UUID CREST = UUID.fromString("00000000-0000-4000-8000-00000000000c");

    private final Incident incident = incident(Phase.RESPONDING, null);
    private final List<Communication> communications = new ArrayList<>();

    @Test
    void aCustomerWithoutUpdatesIsDueOneCadenceAfterTheDeclaration() {
        UpdateSchedule schedule = UpdateSchedule.of(incident, List.of(ACME), communications);

        assertThat(schedule.forCustomer(ACME)).hasValueSatisfying(due -> {
            assertThat(due.lastUpdateAt()).isNull();
            assertThat(due.dueAt()).isEqualTo(DECLARED.plus(CADENCE));
        });
    }

    @Test
    void theLastStatusUpdateSetsTheNextDue() {
        logged(ACME, CommunicationKind.STATUS_UPDATE, "09:30");
        logged(ACME, CommunicationKind.STATUS_UPDATE, "09:10");
        logged(ACME, CommunicationKind.INBOUND_CALL, "10:00");
        logged(ACME, CommunicationKind.EMAIL, "10:05");

        UpdateSchedule schedule = UpdateSchedule.of(incident, List.of(ACME), communications);

        assertThat(schedule.forCustomer(ACME)).hasValueSatisfying(due -> {
            assertThat(due.lastUpdateAt()).isEqualTo(at("09:30"));
            assertThat(due.dueAt()).isEqualTo(at("11:30"));
        });
    }

    @Test
    void theIncidentIsDueAtTheEarliestOfItsCustomers() {
        logged(ACME, CommunicationKind.STATUS_UPDATE, "09:30");
        logged(BOLT, CommunicationKind.STATUS_UPDATE, "08:45");
        logged(CREST, CommunicationKind.STATUS_UPDATE, "10:00");

        UpdateSchedule schedule = UpdateSchedule.of(incident, List.of(ACME, BOLT, CREST), communications);

        assertThat(schedule.nextDueAt()).contains(at("10:45"));
        assertThat(schedule.next()).hasValueSatisfying(due -> assertThat(due.customerId()).isEqualTo(BOLT));
        assertThat(schedule.due()).extracting(UpdateSchedule.CustomerDue::customerId)
                .containsExactly(BOLT, ACME, CREST);
    }

    @Test
    void overdueOncePastTheDueTimeWithNegativeTimeRemaining() {
        logged(ACME, CommunicationKind.STATUS_UPDATE, "09:30");
        logged(BOLT, CommunicationKind.STATUS_UPDATE, "08:45");
        UpdateSchedule schedule = UpdateSchedule.of(incident, List.of(ACME, BOLT), communications);

        assertThat(schedule.isOverdue(at("10:45"))).isFalse();
        assertThat(schedule.remaining(at("10:15"))).contains(Duration.ofMinutes(30));
        assertThat(schedule.isOverdue(at("10:46"))).isTrue();
        assertThat(schedule.remaining(at("11:00"))).contains(Duration.ofMinutes(-15));
        assertThat(schedule.overdue(at("11:40"))).extracting(UpdateSchedule.CustomerDue::customerId)
                .containsExactly(BOLT, ACME);
    }

    @Test
    void urgencyTurnsSoonWithinTheWarningAndOverdueOnceLate() {
        logged(BOLT, CommunicationKind.STATUS_UPDATE, "08:45");
        UpdateSchedule schedule = UpdateSchedule.of(incident, List.of(BOLT), communications);
        Duration warning = Duration.ofMinutes(15);

        assertThat(schedule.urgency(at("10:00"), warning)).isEqualTo(UpdateSchedule.Urgency.LATER);
        assertThat(schedule.urgency(at("10:30"), warning)).isEqualTo(UpdateSchedule.Urgency.SOON);
        assertThat(schedule.urgency(at("10:46"), warning)).isEqualTo(UpdateSchedule.Urgency.OVERDUE);
        assertThat(UpdateSchedule.of(incident, List.of(), communications).urgency(at("10:46"), warning))
                .as("nobody to update").isEqualTo(UpdateSchedule.Urgency.NONE);
    }

    @Test
    void onlyAffectedCustomersAndThisIncidentsUpdatesCount() {
        logged(BOLT, CommunicationKind.STATUS_UPDATE, "09:00");
        communications.add(new Communication(UUID.randomUUID(), UUID.randomUUID(), ACME,
                CommunicationKind.STATUS_UPDATE, "", "", "other incident", Urgency.NORMAL, "", at("09:50"), null, null));

        UpdateSchedule schedule = UpdateSchedule.of(incident, List.of(ACME), communications);

        assertThat(schedule.due()).singleElement().satisfies(due -> {
            assertThat(due.customerId()).isEqualTo(ACME);
            assertThat(due.dueAt()).isEqualTo(DECLARED.plus(CADENCE));
        });
    }

    @Test
    void aResolvedIncidentOwesNoUpdates() {
        Incident resolved = incident(Phase.RESOLVED, at("12:00"));

        UpdateSchedule schedule = UpdateSchedule.of(resolved, List.of(ACME), communications);

        assertThat(schedule.due()).isEmpty();
        assertThat(schedule.nextDueAt()).isEmpty();
        assertThat(schedule.isOverdue(at("23:00"))).isFalse();
        assertThat(schedule.remaining(at("23:00"))).isEmpty();
    }

    @Test
    void noAffectedCustomersOweNothing() {
        UpdateSchedule schedule = UpdateSchedule.of(incident, List.of(), communications);

        assertThat(schedule.next()).isEmpty();
        assertThat(schedule.isOverdue(at("23:00"))).isFalse();
    }

    private void logged(UUID customer, CommunicationKind kind, String time) {
        communications.add(new Communication(UUID.randomUUID(), incident.id(), customer, kind, "", "", "update",
                Urgency.NORMAL, "Priya Shah", at(time), null, null));
    }

    private static Incident incident(Phase phase, Instant resolvedAt) {
        return new Incident(UUID.fromString("00000000-0000-4000-8000-000000000001"), "INC-2026-0001",
                "Exchange zero-day", IncidentKind.VULNERABILITY, Severity.SEV1, phase, DECLARED, resolvedAt, null,
                "", CADENCE);
    }

    private static Instant at(String time) {
        return Instant.parse("2026-03-02T" + time + ":00Z");
    }
}
