package dev.sitrep.store;

import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Impact;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ImpactRepositoryTest extends StoreTestSupport {

    Incident incident;
    Device exch1;
    Device exch2;
    Device dc;

    @BeforeEach
    void inventory() {
        Customer acme = customer("Acme");
        Site leeds = site(acme, "Leeds");
        Site york = site(acme, "York");
        exch2 = device(leeds, "EXCH-02");
        exch1 = device(leeds, "EXCH-01");
        dc = device(york, "DC-01");
        incident = incident("Ransomware at Acme");
    }

    @Test
    void addingDevicesCreatesImpactsOnceAndJournalsEach() {
        long before = store.journal().latestSeq();

        store.impacts().add(incident.id(), List.of(exch2.id(), dc.id()), DeviceStatus.AT_RISK, priya);
        store.impacts().add(incident.id(), List.of(exch2.id(), exch1.id()), DeviceStatus.DOWN, priya);

        assertThat(store.impacts().forIncident(incident.id()))
                .extracting(Impact::deviceId, Impact::status)
                .containsExactly(tuple(exch1.id(), DeviceStatus.DOWN), tuple(exch2.id(), DeviceStatus.AT_RISK),
                        tuple(dc.id(), DeviceStatus.AT_RISK));
        assertThat(journalAfter(before)).extracting(JournalEntry::entityId, JournalEntry::action).containsExactly(
                tuple(incident.id() + "/" + exch2.id(), JournalAction.CREATED),
                tuple(incident.id() + "/" + dc.id(), JournalAction.CREATED),
                tuple(incident.id() + "/" + exch1.id(), JournalAction.CREATED));
        assertThat(journalAfter(before).getFirst().details())
                .isEqualTo(Map.of("name", "EXCH-02", "site", "Leeds", "customer", "Acme", "status", "at_risk"));
        assertThat(journalAfter(before)).allSatisfy(entry -> {
            assertThat(entry.entity()).isEqualTo(EntityType.IMPACT);
            assertThat(entry.incidentId()).isEqualTo(incident.id());
        });
    }

    @Test
    void settingStatusJournalsOnlyTheDevicesThatChanged() {
        store.impacts().add(incident.id(), List.of(exch1.id(), exch2.id(), dc.id()), DeviceStatus.DOWN, priya);
        store.impacts().setStatus(incident.id(), List.of(dc.id()), DeviceStatus.RESTORED, null, priya);
        clock.advance(Duration.ofMinutes(10));
        long before = store.journal().latestSeq();

        store.impacts().setStatus(incident.id(), List.of(exch1.id(), exch2.id(), dc.id()), DeviceStatus.RESTORED,
                "restored from backup", priya);

        assertThat(journalAfter(before)).extracting(JournalEntry::action, JournalEntry::details).containsExactly(
                tuple(JournalAction.STATUS_CHANGED, Map.of("name", "EXCH-01", "site", "Leeds", "customer", "Acme",
                        "from", "down", "to", "restored", "note", "restored from backup")),
                tuple(JournalAction.STATUS_CHANGED, Map.of("name", "EXCH-02", "site", "Leeds", "customer", "Acme",
                        "from", "down", "to", "restored", "note", "restored from backup")),
                tuple(JournalAction.UPDATED, Map.of("name", "DC-01", "site", "York", "customer", "Acme",
                        "fields", "note", "note", "restored from backup")));
        assertThat(store.impacts().find(incident.id(), exch1.id()).orElseThrow())
                .isEqualTo(new Impact(incident.id(), exch1.id(), DeviceStatus.RESTORED, null, "restored from backup",
                        START.plus(Duration.ofMinutes(10))));

        long afterwards = store.journal().latestSeq();
        store.impacts().setStatus(incident.id(), List.of(exch1.id()), DeviceStatus.RESTORED, null, priya);
        assertThat(store.journal().latestSeq()).as("nothing changed, nothing written").isEqualTo(afterwards);
    }

    @Test
    void aDeviceOutsideTheIncidentIsRejectedAndNothingChanges() {
        store.impacts().add(incident.id(), List.of(exch1.id()), DeviceStatus.DOWN, priya);
        long before = store.journal().latestSeq();

        assertThatThrownBy(() -> store.impacts().setStatus(incident.id(), List.of(exch1.id(), dc.id()),
                DeviceStatus.RECOVERING, null, priya))
                .isInstanceOf(StoreException.class)
                .hasMessage("Device: the device 'DC-01' (York, Acme) is not part of INC-2026-0001; "
                        + "add it to the incident first.");
        assertThat(store.impacts().find(incident.id(), exch1.id()).orElseThrow().status())
                .isEqualTo(DeviceStatus.DOWN);
        assertThat(store.journal().latestSeq()).isEqualTo(before);
    }

    @Test
    void assigningJournalsTheEngineersName() {
        Operator kim = store.staff().signIn("Kim Lee", StaffRole.ENGINEER);
        store.impacts().add(incident.id(), List.of(exch1.id(), exch2.id()), DeviceStatus.DOWN, priya);
        long before = store.journal().latestSeq();

        store.impacts().assign(incident.id(), List.of(exch1.id(), exch2.id()), kim.staffId(), priya);
        store.impacts().assign(incident.id(), List.of(exch2.id()), null, priya);

        assertThat(store.impacts().find(incident.id(), exch1.id()).orElseThrow().engineerId())
                .isEqualTo(kim.staffId());
        assertThat(store.impacts().find(incident.id(), exch2.id()).orElseThrow().engineerId()).isNull();
        assertThat(journalAfter(before)).extracting(JournalEntry::action).containsOnly(JournalAction.ASSIGNED);
        assertThat(journalAfter(before)).extracting(entry -> entry.detail("name") + "=" + entry.detail("engineer"))
                .containsExactly("EXCH-01=Kim Lee", "EXCH-02=Kim Lee", "EXCH-02=");
    }
}
