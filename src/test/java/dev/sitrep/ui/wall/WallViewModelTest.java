package dev.sitrep.ui.wall;

import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.Impact;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.UpdateSchedule.Urgency;
import dev.sitrep.domain.WallTile;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.SteppingClock;
import dev.sitrep.ui.common.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class WallViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");

    @TempDir
    Path folder;

    private final SteppingClock clock = new SteppingClock(NOW);
    private final Workspace workspace = new Workspace();
    private Store store;
    private Incident incident;
    private Operator priya;
    private WallViewModel vm;

    @BeforeEach
    void open() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        incident = DemoData.load(store, DemoScenario.ZERO_DAY, 1, DemoData.DEFAULT_SEED);
        priya = store.staff().signIn("Priya Shah", StaffRole.COMMANDER);
        vm = new WallViewModel(store, workspace, new CurrentThreadTaskExecutor(), clock, Duration.ofHours(2));
        workspace.currentIncidentProperty().set(incident);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void showsATilePerAffectedSiteWorstFirstWithTheHeadersFigures() {
        List<WallTile> tiles = vm.tiles();

        assertThat(tiles).isNotEmpty();
        assertThat(tiles).extracting(tile -> tile.site().statuses().worstStatus().severity())
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(vm.totalsProperty().get().total()).isEqualTo(40);
        assertThat(vm.incidentProperty().get().code()).isEqualTo(incident.code());
        assertThat(vm.elapsedProperty().get()).startsWith("T+");
        assertThat(vm.localTimeProperty().get()).isEqualTo("09:30:00");
        assertThat(vm.ticker()).hasSize(WallViewModel.TICKER_LINES);
        assertThat(vm.burnUpProperty().get().latest()).isEqualTo(vm.totalsProperty().get().recovered());
    }

    @Test
    void aChangeFromAnyConsoleReachesItsTileAndHighlightsItForAWhile() {
        Impact open = store.impacts().forIncident(incident.id()).stream()
                .filter(impact -> impact.status().isOpen()).findFirst().orElseThrow();
        UUID site = store.inventory().device(open.deviceId()).orElseThrow().siteId();
        int recoveredBefore = recoveredAt(site);
        long head = store.journal().latestSeq();

        clock.advance(Duration.ofMinutes(1));
        store.impacts().setStatus(incident.id(), List.of(open.deviceId()), DeviceStatus.VERIFIED, "patched", priya);
        workspace.publish(store.journal().after(head, 100));

        assertThat(recoveredAt(site)).isEqualTo(recoveredBefore + 1);
        assertThat(vm.highlighted()).containsExactly(site);
        assertThat(vm.ticker().getFirst().sentence()).contains("verified");
        assertThat(vm.burnUpProperty().get().latest()).isEqualTo(vm.totalsProperty().get().recovered());

        clock.advance(WallViewModel.HIGHLIGHT);
        vm.tick();

        assertThat(vm.highlighted()).isEmpty();
    }

    @Test
    void theCountdownTurnsRedOnceTheNextUpdateIsLate() {
        vm.tick();
        Urgency now = vm.urgencyProperty().get();

        clock.advance(Duration.ofDays(30));
        vm.tick();

        assertThat(now).as("an update is owed").isNotEqualTo(Urgency.NONE);
        assertThat(vm.urgencyProperty().get()).isEqualTo(Urgency.OVERDUE);
        assertThat(vm.nextUpdateProperty().get()).matches("overdue \\d+ h \\d{2} min");
        assertThat(vm.nextUpdateCustomerProperty().get()).isNotBlank();
    }

    @Test
    void anOpenSiteUnchangedForLongerThanTheStaleTimeIsMarked() {
        WallTile open = vm.tiles().stream().filter(tile -> tile.site().statuses().open() > 0).findFirst()
                .orElseThrow();

        clock.advance(Duration.ofDays(30));
        vm.tick();

        assertThat(vm.isStale(open)).isTrue();
        assertThat(vm.sinceLastChange(open)).endsWith("min ago");

        vm.staleAfterProperty().set(Duration.ofDays(60));

        assertThat(vm.isStale(open)).as("given longer before it counts as stale").isFalse();
    }

    @Test
    void countdownsReadInMinutesAndHours() {
        assertThat(WallViewModel.countdown(Duration.ofMinutes(12))).isEqualTo("in 12 min");
        assertThat(WallViewModel.countdown(Duration.ofMinutes(65))).isEqualTo("in 1 h 05 min");
        assertThat(WallViewModel.countdown(Duration.ofSeconds(-30))).isEqualTo("overdue 1 min");
    }

    @Test
    void noIncidentShowsNothing() {
        workspace.currentIncidentProperty().set(null);

        assertThat(vm.tiles()).isEmpty();
        assertThat(vm.elapsedProperty().get()).isEmpty();
        assertThat(vm.urgencyProperty().get()).isEqualTo(Urgency.NONE);
    }

    private int recoveredAt(UUID site) {
        return vm.tiles().stream().filter(tile -> tile.site().siteId().equals(site)).findFirst().orElseThrow()
                .site().recovered();
    }
}
