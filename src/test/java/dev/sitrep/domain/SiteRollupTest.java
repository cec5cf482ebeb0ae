package dev.sitrep.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.sitrep.domain.DeviceStatus.AT_RISK;
import static dev.sitrep.domain.DeviceStatus.DOWN;
import static dev.sitrep.domain.DeviceStatus.ISOLATED;
import static dev.sitrep.domain.DeviceStatus.RECOVERING;
import static dev.sitrep.domain.DeviceStatus.RESTORED;
import static dev.sitrep.domain.DeviceStatus.VERIFIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SiteRollupTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final UUID INCIDENT = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID CUSTOMER = UUID.fromString("00000000-0000-4000-8000-000000000002");

    private final List<Site> sites = new ArrayList<>();
    private final List<Device> devices = new ArrayList<>();
    private final List<Impact> impacts = new ArrayList<>();

    @Test
    void rollsUpEachSitesImpactedDevices() {
        Site leeds = site("Leeds");
        impacted(leeds, DOWN);
        impacted(leeds, ISOLATED);
        impacted(leeds, RESTORED);
        impacted(leeds, VERIFIED);

        SiteRollup rollup = SiteRollup.forIncident(sites, devices, impacts).getFirst();

        assertThat(rollup.siteId()).isEqualTo(leeds.id());
        assertThat(rollup.customerId()).isEqualTo(CUSTOMER);
        assertThat(rollup.siteName()).isEqualTo("Leeds");
        assertThat(rollup.total()).isEqualTo(4);
        assertThat(rollup.count(DOWN)).isEqualTo(1);
        assertThat(rollup.down()).isEqualTo(1);
        assertThat(rollup.isolated()).isEqualTo(1);
        assertThat(rollup.recovered()).isEqualTo(2);
        assertThat(rollup.progress()).isCloseTo(0.5, within(1e-9));
        assertThat(rollup.worstStatus()).isEqualTo(DOWN);
    }

    @Test
    void devicesWithoutAnImpactAreNotPartOfTheIncident() {
        Site leeds = site("Leeds");
        Site york = site("York");
        impacted(leeds, VERIFIED);
        device(leeds);
        device(york);

        List<SiteRollup> rollups = SiteRollup.forIncident(sites, devices, impacts);

        assertThat(rollups).singleElement().satisfies(rollup -> {
            assertThat(rollup.siteName()).isEqualTo("Leeds");
            assertThat(rollup.total()).isEqualTo(1);
            assertThat(rollup.progress()).isEqualTo(1.0);
        });
    }

    @Test
    void sortsWorstStatusFirstThenLeastProgressThenName() {
        Site bristol = site("Bristol");
        impacted(bristol, VERIFIED);
        Site cardiff = site("Cardiff");
        impacted(cardiff, ISOLATED);
        impacted(cardiff, VERIFIED);
        Site derby = site("Derby");
        impacted(derby, ISOLATED);
        impacted(derby, RECOVERING);
        Site exeter = site("exeter");
        impacted(exeter, AT_RISK);
        Site aberdeen = site("Aberdeen");
        impacted(aberdeen, DOWN);
        Site york = site("York");
        impacted(york, ISOLATED);
        impacted(york, RECOVERING);
        Site hull = site("Hull");
        impacted(hull, RESTORED);

        List<String> order = SiteRollup.forIncident(sites, devices, impacts).stream()
                .map(SiteRollup::siteName).toList();

        assertThat(order).containsExactly("Aberdeen", "Derby", "York", "Cardiff", "exeter", "Hull", "Bristol");
    }

    @Test
    void totalsAcrossSitesAndTheCustomersTheyBelongTo() {
        Site leeds = site("Leeds");
        impacted(leeds, DOWN);
        Site york = site("York");
        impacted(york, VERIFIED);
        impacted(york, DOWN);

        List<SiteRollup> rollups = SiteRollup.forIncident(sites, devices, impacts);

        assertThat(SiteRollup.total(rollups)).isEqualTo(StatusTotals.ofStatuses(List.of(DOWN, DOWN, VERIFIED)));
        assertThat(SiteRollup.customersOf(rollups)).containsExactly(CUSTOMER);
    }

    @Test
    void anEmptyIncidentHasNoSites() {
        site("Leeds");

        assertThat(SiteRollup.forIncident(sites, devices, impacts)).isEmpty();
    }

    @Test
    void aSiteWithNoImpactsIsUnknownWithNoProgress() {
        SiteRollup empty = new SiteRollup(UUID.randomUUID(), CUSTOMER, "Leeds", StatusTotals.EMPTY);

        assertThat(empty.worstStatus()).isEqualTo(DeviceStatus.UNKNOWN);
        assertThat(empty.progress()).isZero();
    }

    @Test
    void refusesImpactsOfSeveralIncidents() {
        Site leeds = site("Leeds");
        impacted(leeds, DOWN);
        impacts.add(new Impact(UUID.randomUUID(), device(leeds).id(), DOWN, null, "", AT));

        assertThatThrownBy(() -> SiteRollup.forIncident(sites, devices, impacts))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 incidents");
    }

    @Test
    void refusesAnImpactOfAnUnknownDevice() {
        site("Leeds");
        UUID stranger = UUID.randomUUID();
        impacts.add(new Impact(INCIDENT, stranger, DOWN, null, "", AT));

        assertThatThrownBy(() -> SiteRollup.forIncident(sites, devices, impacts))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(stranger.toString());
    }

    private Site site(String name) {
        Site site = new Site(UUID.randomUUID(), CUSTOMER, name, name, ZoneId.of("Europe/London"));
        sites.add(site);
        return site;
    }

    private Device device(Site site) {
        Device device = new Device(UUID.randomUUID(), site.id(), "HOST-" + devices.size(), DeviceKind.SERVER,
                "", "", 2, "");
        devices.add(device);
        return device;
    }

    private void impacted(Site site, DeviceStatus status) {
        impacts.add(new Impact(INCIDENT, device(site).id(), status, null, "", AT));
    }
}
