package dev.sitrep.ui.timeline;

import dev.sitrep.domain.Contact;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceKind;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentDraft;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Phase;
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.SlaTier;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.SteppingClock;
import dev.sitrep.ui.common.Workspace;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineViewModelTest {

    /// 22:50 in London on Friday 13 March; the operator reads in London time.
    private static final Instant START = Instant.parse("2026-03-13T22:50:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path folder;

    private final SteppingClock clock = new SteppingClock(START);
    private final Workspace workspace = new Workspace();
    private Store store;
    private Operator priya;
    private Operator sam;
    private Incident incident;
    private Device exch02;
    private TimelineViewModel vm;

    @BeforeEach
    void open() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        priya = store.staff().signIn("Priya Shah", StaffRole.COMMANDER);
        sam = store.staff().signIn("Sam Lee", StaffRole.ENGINEER);
        Customer northwind = new Customer(UUID.randomUUID(), "Northwind", SlaTier.GOLD, "", Contact.NONE, "");
        store.inventory().saveCustomer(northwind, priya);
        Site leeds = new Site(UUID.randomUUID(), northwind.id(), "Leeds", "Leeds", LONDON);
        store.inventory().saveSite(leeds, priya);
        exch02 = new Device(UUID.randomUUID(), leeds.id(), "EXCH-02", DeviceKind.SERVER, "Exchange", "2019", 1, "");
        store.inventory().saveDevice(exch02, priya);

        incident = store.incidents().declare(new IncidentDraft("Exchange zero-day", IncidentKind.VULNERABILITY,
                Severity.SEV1, null, "", Duration.ofHours(1)), priya);                        // 22:50 Fri
        clock.advance(Duration.ofMinutes(5));
        store.impacts().add(incident.id(), List.of(exch02.id()), DeviceStatus.AT_RISK, priya);      // 22:55 Fri
        clock.advance(Duration.ofMinutes(30));
        store.impacts().setStatus(incident.id(), List.of(exch02.id()), DeviceStatus.DOWN, null, sam); // 23:25 Fri
        clock.advance(Duration.ofHours(14).plusMinutes(37));
        store.impacts().setStatus(incident.id(), List.of(exch02.id()), DeviceStatus.RESTORED, null, sam); // 14:02 Sat
        clock.advance(Duration.ofMinutes(10));
        store.incidents().changePhase(incident.id(), Phase.RESPONDING, priya);                      // 14:12 Sat

        workspace.currentIncidentProperty().set(incident);
        vm = new TimelineViewModel(store, workspace, new CurrentThreadTaskExecutor(), LONDON);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void showsTheIncidentsJournalNewestFirstAsSentences() {
        assertThat(lines()).containsExactly(
                "14:12 Priya Shah moved INC-2026-0001 from identified to responding",
                "14:02 Sam Lee set EXCH-02 (Leeds) to restored",
                "23:25 Sam Lee set EXCH-02 (Leeds) to down",
                "22:55 Priya Shah added EXCH-02 (Leeds) to the incident as at risk",
                "22:50 Priya Shah declared INC-2026-0001: Exchange zero-day");
        assertThat(vm.headingProperty().get()).isEqualTo("Timeline of INC-2026-0001");
        assertThat(vm.countsProperty().get()).isEqualTo("5 entries");
    }

    @Test
    void givesADayHeadingWhereTheDayChanges() {
        assertThat(vm.dayHeadingAt(0)).contains("Saturday 14 March 2026");
        assertThat(vm.dayHeadingAt(1)).isEmpty();
        assertThat(vm.dayHeadingAt(2)).contains("Friday 13 March 2026");
        assertThat(vm.dayHeadingAt(3)).isEmpty();
        assertThat(vm.dayHeadingAt(5)).isEmpty();
    }

    @Test
    void writesTimesInTheOperatorsZone() {
        TimelineViewModel inTokyo = new TimelineViewModel(store, workspace, new CurrentThreadTaskExecutor(),
                ZoneId.of("Asia/Tokyo"));

        assertThat(inTokyo.rows().getFirst().time()).isEqualTo("23:12");
        assertThat(inTokyo.rows().getLast().time()).isEqualTo("07:50");
        assertThat(inTokyo.dayHeadingAt(0)).contains("Saturday 14 March 2026");
        assertThat(inTokyo.dayHeadingAt(2)).as("in Tokyo it all happened on one day").isEmpty();
    }

    @Test
    void filtersByText() {
        vm.filterTextProperty().set("RESTORED");

        assertThat(lines()).containsExactly("14:02 Sam Lee set EXCH-02 (Leeds) to restored");
        assertThat(vm.countsProperty().get()).isEqualTo("1 of 5 entries");
        assertThat(vm.dayHeadingAt(0)).contains("Saturday 14 March 2026");
    }

    @Test
    void filtersByOperatorAndEntity() {
        assertThat(vm.actors()).containsExactly("Priya Shah", "Sam Lee");
        assertThat(vm.entities()).containsExactly(EntityType.INCIDENT, EntityType.IMPACT);

        vm.actorProperty().set("Sam Lee");
        assertThat(vm.rows()).hasSize(2).allMatch(row -> row.actor().equals("Sam Lee"));

        vm.actorProperty().set(null);
        vm.entityProperty().set(EntityType.INCIDENT);
        assertThat(lines()).containsExactly(
                "14:12 Priya Shah moved INC-2026-0001 from identified to responding",
                "22:50 Priya Shah declared INC-2026-0001: Exchange zero-day");

        vm.actorProperty().set("Sam Lee");
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void newEntriesFromTheChangeFeedArriveAtTheTopInOneInsertion() {
        long seen = store.journal().latestSeq();
        clock.advance(Duration.ofMinutes(3));
        store.impacts().setStatus(incident.id(), List.of(exch02.id()), DeviceStatus.VERIFIED, null, sam);
        clock.advance(Duration.ofMinutes(1));
        store.incidents().changePhase(incident.id(), Phase.RECOVERING, priya);
        Incident other = store.incidents().declare(new IncidentDraft("Unrelated outage", IncidentKind.OUTAGE,
                Severity.SEV4, null, "", Duration.ofHours(1)), priya);
        List<String> insertions = new ArrayList<>();
        vm.rows().addListener((ListChangeListener<TimelineRow>) change -> {
            while (change.next()) {
                insertions.add(change.wasAdded() && !change.wasRemoved()
                        ? "added " + change.getAddedSize() + " at " + change.getFrom() : "other");
            }
        });

        workspace.publish(store.journal().after(seen, 100));

        assertThat(insertions).containsExactly("added 2 at 0");
        assertThat(lines()).hasSize(7).startsWith(
                "14:16 Priya Shah moved INC-2026-0001 from responding to recovering",
                "14:15 Sam Lee set EXCH-02 (Leeds) to verified",
                "14:12 Priya Shah moved INC-2026-0001 from identified to responding");
        assertThat(lines()).noneMatch(line -> line.contains(other.code()));
        assertThat(vm.countsProperty().get()).isEqualTo("7 entries");
    }

    @Test
    void newEntriesAreFilteredLikeTheRest() {
        vm.actorProperty().set("Sam Lee");
        long seen = store.journal().latestSeq();
        store.incidents().changePhase(incident.id(), Phase.RECOVERING, priya);
        store.impacts().setStatus(incident.id(), List.of(exch02.id()), DeviceStatus.VERIFIED, null, sam);

        workspace.publish(store.journal().after(seen, 100));

        assertThat(vm.rows()).hasSize(3);
        assertThat(vm.rows().getFirst().sentence()).isEqualTo("set EXCH-02 (Leeds) to verified");
        assertThat(vm.countsProperty().get()).isEqualTo("3 of 7 entries");
    }

    @Test
    void anEntryAlreadyShownIsNotAddedTwice() {
        List<JournalEntry> old = store.journal().forIncident(incident.id(), 2);

        workspace.publish(old);

        assertThat(vm.rows()).hasSize(5);
    }

    @Test
    void switchingIncidentLoadsItsTimelineAndNoIncidentShowsNone() {
        Incident other = store.incidents().declare(new IncidentDraft("Outage at Hull", IncidentKind.OUTAGE,
                Severity.SEV3, null, "", Duration.ofHours(1)), sam);

        workspace.currentIncidentProperty().set(other);
        assertThat(lines()).singleElement().asString().endsWith("Sam Lee declared INC-2026-0002: Outage at Hull");

        workspace.currentIncidentProperty().set(null);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.headingProperty().get()).isEqualTo("No current incident");
    }

    private List<String> lines() {
        return vm.rows().stream().map(TimelineRow::line).toList();
    }
}
