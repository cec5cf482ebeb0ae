package dev.sitrep.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class WallTileTest {

    private static final Instant NOW = Instant.parse("2026-03-14T12:00:00Z");
    private static final UUID INCIDENT = UUID.randomUUID();
    private static final UUID ACME = UUID.randomUUID();

    private final Site leeds = new Site(UUID.randomUUID(), ACME, "Leeds", "Leeds", ZoneId.of("Europe/London"));
    private final Site york = new Site(UUID.randomUUID(), ACME, "York", "York", ZoneId.of("Europe/London"));
    private final Device leeds1 = device(leeds, "LDS-01");
    private final Device leeds2 = device(leeds, "LDS-02");
    private final Device york1 = device(york, "YRK-01");

    @Test
    void eachSiteCountsItsOpenAndBlockedTasksAndItsLatestChange() {
        List<Impact> impacts = List.of(
                impact(leeds1, DeviceStatus.DOWN, NOW.minusSeconds(3_600)),
                impact(leeds2, DeviceStatus.RESTORED, NOW.minusSeconds(600)),
                impact(york1, DeviceStatus.VERIFIED, NOW.minusSeconds(7_200)));
        List<IncidentTask> tasks = List.of(
                task(new Scope(ACME, leeds.id(), leeds1.id()), TaskStatus.BLOCKED),
                task(new Scope(ACME, leeds.id(), null), TaskStatus.IN_PROGRESS),
                task(new Scope(ACME, leeds.id(), null), TaskStatus.DONE),
                task(new Scope(ACME, null, null), TaskStatus.TODO));

        List<WallTile> tiles = tiles(impacts, tasks);

        assertThat(tiles).extracting(tile -> tile.site().siteName()).containsExactly("Leeds", "York");
        WallTile leedsTile = tiles.getFirst();
        assertThat(leedsTile.customerName()).isEqualTo("Acme");
        assertThat(leedsTile.openTasks()).isEqualTo(2);
        assertThat(leedsTile.blockedTasks()).isEqualTo(1);
        assertThat(leedsTile.lastChange()).isEqualTo(NOW.minusSeconds(600));
        assertThat(tiles.getLast().openTasks()).isZero();
    }

    @Test
    void anOpenSiteWithoutChangeForTooLongIsStaleAndARecoveredOneNever() {
        List<WallTile> tiles = tiles(List.of(
                impact(leeds1, DeviceStatus.ISOLATED, NOW.minus(Duration.ofMinutes(90))),
                impact(york1, DeviceStatus.VERIFIED, NOW.minus(Duration.ofHours(9)))), List.of());

        assertThat(tiles.getFirst().isStale(NOW, Duration.ofHours(1))).isTrue();
        assertThat(tiles.getFirst().isStale(NOW, Duration.ofHours(2))).isFalse();
        assertThat(tiles.getLast().isStale(NOW, Duration.ofHours(1))).as("nothing left to do there").isFalse();
        assertThat(tiles.getFirst().sinceLastChange(NOW)).isEqualTo(Duration.ofMinutes(90));
    }

    private List<WallTile> tiles(List<Impact> impacts, List<IncidentTask> tasks) {
        List<Device> devices = List.of(leeds1, leeds2, york1);
        List<SiteRollup> rollups = SiteRollup.forIncident(List.of(leeds, york), devices, impacts);
        return WallTile.of(rollups, Map.of(ACME, "Acme"), devices, impacts, tasks);
    }

    private static Device device(Site site, String hostname) {
        return new Device(UUID.randomUUID(), site.id(), hostname, DeviceKind.SERVER, "", "", 1, "");
    }

    private static Impact impact(Device device, DeviceStatus status, Instant changedAt) {
        return new Impact(INCIDENT, device.id(), status, null, "", changedAt);
    }

    private static IncidentTask task(Scope scope, TaskStatus status) {
        return new IncidentTask(UUID.randomUUID(), INCIDENT, "Patch", "", scope, null, status, "", Priority.P2, null,
                null, NOW, NOW);
    }
}
