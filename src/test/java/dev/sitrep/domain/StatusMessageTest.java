package dev.sitrep.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StatusMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-23T14:02:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Incident incident = new Incident(UUID.randomUUID(), "INC-2026-0001", "Exchange zero-day",
            IncidentKind.VULNERABILITY, Severity.SEV1, Phase.RECOVERING, NOW.minus(Duration.ofHours(20)), null, null,
            "", Duration.ofMinutes(120));
    private final Customer acme = new Customer(UUID.randomUUID(), "Acme", SlaTier.GOLD, "Sam",
            new Contact("Jo Bloggs", "", "jo@acme.example"), "");
    private final Customer other = new Customer(UUID.randomUUID(), "Other", SlaTier.GOLD, "", Contact.NONE, "");
    private final Site leeds = new Site(UUID.randomUUID(), acme.id(), "Leeds", "Leeds", ZoneId.of("Europe/London"));
    private final Site york = new Site(UUID.randomUUID(), acme.id(), "York", "York", ZoneId.of("Europe/London"));
    private final Site elsewhere = new Site(UUID.randomUUID(), other.id(), "Elsewhere", "", ZoneOffset.UTC);
    private final List<Device> devices = new ArrayList<>();
    private final List<Impact> impacts = new ArrayList<>();
    private final List<IncidentTask> tasks = new ArrayList<>();
    private final List<Commitment> commitments = new ArrayList<>();

    @Test
    void everyPlaceholderIsFilledFromTheCustomersPartOfTheIncident() {
        impact(leeds, "LDS-EXCH01", DeviceStatus.RESTORED);
        impact(leeds, "LDS-EXCH02", DeviceStatus.DOWN);
        impact(york, "YRK-EXCH01", DeviceStatus.VERIFIED);
        impact(elsewhere, "ELS-EXCH01", DeviceStatus.DOWN);
        task("Patch LDS-EXCH02", leeds, TaskStatus.IN_PROGRESS, NOW.plus(Duration.ofMinutes(28)), null);
        task("Scan for web shells", york, TaskStatus.TODO, NOW.plus(Duration.ofHours(20)), null);
        task("Already done", leeds, TaskStatus.DONE, NOW.plus(Duration.ofHours(1)), null);
        task("Without an ETA", leeds, TaskStatus.TODO, null, null);
        task("Someone else's", elsewhere, TaskStatus.TODO, NOW.plus(Duration.ofHours(1)), null);
        promise("All servers patched", NOW.plus(Duration.ofHours(3)), CommitmentState.REVISED);
        promise("Kept already", NOW.plus(Duration.ofHours(1)), CommitmentState.MET);

        StatusMessage message = StatusMessage.fill("{incident} for {customer}: {phase}", """
                Dear {contact}, {title} ({severity}).
                Sites {sites_affected}, devices {devices_affected}, restored {devices_restored}.
                {open_etas}
                Next by {next_update}. {sender}""", facts(acme));

        assertThat(message.subject()).isEqualTo("INC-2026-0001 for Acme: recovering");
        assertThat(message.body()).isEqualTo("""
                Dear Jo Bloggs, Exchange zero-day (SEV1).
                Sites 2, devices 3, restored 2.
                - Patch LDS-EXCH02 (Leeds): expected by 15:30 CET
                - All servers patched: promised by 18:02 CET
                - Scan for web shells (York): expected by Tue 24 Nov 11:02 CET
                Next by 17:00 CET. Priya Shah""");
        assertThat(message.unknownPlaceholders()).isEmpty();
        assertThat(message.problem()).isEmpty();
    }

    @Test
    void theNextUpdateIsOneCadenceFromNowRoundedDownToFiveMinutes() {
        assertThat(facts(acme).nextUpdate()).isEqualTo(Instant.parse("2026-11-23T16:00:00Z"));
    }

    @Test
    void aResolvedIncidentSchedulesNoFurtherUpdate() {
        Incident resolved = incident.withPhase(Phase.RESOLVED, NOW);
        StatusFacts facts = StatusFacts.of(new StatusFacts.Sources(resolved, sites(), devices, impacts, tasks,
                commitments), acme, "Priya Shah", BERLIN, NOW);

        assertThat(facts.value(Placeholder.NEXT_UPDATE)).isEqualTo("no further update is scheduled");
    }

    @Test
    void anUnknownPlaceholderStaysVisibleAndIsReportedWithTheKnownOnes() {
        StatusMessage message = StatusMessage.fill("Update {eta}", "Hello {contact}, by {eta} or {when}. {Customer}",
                facts(acme));

        assertThat(message.subject()).isEqualTo("Update {eta}");
        assertThat(message.body()).isEqualTo("Hello Jo Bloggs, by {eta} or {when}. Acme");
        assertThat(message.unknownPlaceholders()).containsExactly("{eta}", "{when}");
        assertThat(message.problem()).isEqualTo("{eta} and {when} are not placeholders; known: {customer}, {contact}, "
                + "{incident}, {title}, {severity}, {phase}, {sites_affected}, {devices_affected}, {devices_restored}, "
                + "{next_update}, {open_etas}, {downtime}, {sender}");
        assertThat(StatusMessage.fill("", "{eta}", facts(acme)).problem())
                .startsWith("{eta} is not a placeholder; known: {customer}, ");
    }

    @Test
    void bracesAroundAnythingButAWordArePlainText() {
        StatusMessage message = StatusMessage.fill("", "{ } {\"a\": 1} {1st} $1 \\1", facts(acme));

        assertThat(message.body()).isEqualTo("{ } {\"a\": 1} {1st} $1 \\1");
        assertThat(message.unknownPlaceholders()).isEmpty();
    }

    @Test
    void withoutAContactTheCustomerIsAddressedAndEmptyListsSaySo() {
        StatusMessage message = StatusMessage.fill("", "Hello {contact}\n{open_etas}\n{downtime}", facts(other));

        assertThat(message.body()).isEqualTo("""
                Hello Other
                - Nothing open with a time set at the moment.
                - No planned downtime at the moment.""");
    }

    @Test
    void aListInTheSubjectStaysOnOneLine() {
        task("Patch LDS-EXCH02", leeds, TaskStatus.TODO, NOW.plus(Duration.ofMinutes(28)), null);
        task("Scan York", york, TaskStatus.TODO, NOW.plus(Duration.ofMinutes(58)), null);

        assertThat(StatusMessage.fill("Open: {open_etas}", "", facts(acme)).subject())
                .isEqualTo("Open: Patch LDS-EXCH02 (Leeds): expected by 15:30 CET; Scan York: expected by 16:00 CET");
    }

    @Test
    void longListsShowTheFirstItemsAndCountTheRest() {
        for (int i = 1; i <= StatusFacts.LISTED + 3; i++) {
            task("Task %02d".formatted(i), leeds, TaskStatus.TODO, NOW.plus(Duration.ofMinutes(10L * i)), null);
        }

        String list = facts(acme).value(Placeholder.OPEN_ETAS);

        assertThat(list.lines()).hasSize(StatusFacts.LISTED + 1);
        assertThat(list.lines().toList().getLast()).isEqualTo("- and 3 more, the last by 17:32 CET");
    }

    @Test
    void downtimeWindowsThatHaveNotEndedAreListedWithTheirDays() {
        task("Patch LDS-EXCH02", leeds, TaskStatus.TODO, null,
                new TimeWindow(Instant.parse("2026-11-23T21:00:00Z"), Instant.parse("2026-11-23T22:30:00Z")));
        task("Patch YRK-EXCH01", york, TaskStatus.TODO, null,
                new TimeWindow(Instant.parse("2026-11-24T22:00:00Z"), Instant.parse("2026-11-25T01:00:00Z")));
        task("Over already", york, TaskStatus.TODO, null,
                new TimeWindow(Instant.parse("2026-11-23T10:00:00Z"), Instant.parse("2026-11-23T11:00:00Z")));

        assertThat(facts(acme).value(Placeholder.DOWNTIME)).isEqualTo("""
                - Patch LDS-EXCH02 (Leeds): 22:00–23:30 CET
                - Patch YRK-EXCH01 (York): Tue 24 Nov 23:00 – Wed 25 Nov 02:00 CET""");
    }

    @Test
    void etasThatHavePassedAreFoundBeforeTheyAreSent() {
        task("Late", leeds, TaskStatus.TODO, NOW.minus(Duration.ofMinutes(5)), null);
        task("On time", leeds, TaskStatus.TODO, NOW.plus(Duration.ofMinutes(5)), null);

        assertThat(facts(acme).pastEtas()).extracting(StatusFacts.Eta::what).containsExactly("Late (Leeds)");
    }

    private StatusFacts facts(Customer customer) {
        return StatusFacts.of(new StatusFacts.Sources(incident, sites(), devices, impacts, tasks, commitments),
                customer, "Priya Shah", BERLIN, NOW);
    }

    private List<Site> sites() {
        return List.of(leeds, york, elsewhere);
    }

    private void impact(Site site, String hostname, DeviceStatus status) {
        Device device = new Device(UUID.randomUUID(), site.id(), hostname, DeviceKind.SERVER, "", "", 1, "");
        devices.add(device);
        impacts.add(new Impact(incident.id(), device.id(), status, null, "", NOW));
    }

    private void task(String title, Site site, TaskStatus status, Instant eta, TimeWindow downtime) {
        tasks.add(new IncidentTask(UUID.randomUUID(), incident.id(), title, "", new Scope(site.customerId(), site.id(),
                null), null, status, "", Priority.P1, eta, downtime, NOW.minus(Duration.ofHours(1)), null));
    }

    private void promise(String what, Instant due, CommitmentState state) {
        commitments.add(new Commitment(UUID.randomUUID(), incident.id(), acme.id(), what, due, null, state,
                NOW.minus(Duration.ofHours(2))));
    }
}
