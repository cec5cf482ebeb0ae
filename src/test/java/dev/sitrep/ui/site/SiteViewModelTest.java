package dev.sitrep.ui.site;

import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.Impact;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.StaffRole;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SiteViewModelTest {

    @TempDir
    Path folder;

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-23T09:30:00Z"));
    private final Workspace workspace = new Workspace();
    private Store store;
    private Incident incident;
    private UUID site;
    private SiteViewModel vm;

    @BeforeEach
    void open() {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        incident = DemoData.load(store, DemoScenario.RANSOMWARE, 1, DemoData.DEFAULT_SEED);
        workspace.operatorProperty().set(store.staff().signIn("Priya Shah", StaffRole.COMMANDER));
        workspace.currentIncidentProperty().set(incident);
        Map<UUID, Long> impactsPerSite = store.impacts().forIncident(incident.id()).stream()
                .collect(Collectors.groupingBy(impact -> store.inventory().device(impact.deviceId())
                        .orElseThrow().siteId(), Collectors.counting()));
        site = impactsPerSite.keySet().iterator().next();
        vm = new SiteViewModel(store, workspace, new CurrentThreadTaskExecutor(), clock, site);
    }

    @AfterEach
    void close() {
        vm.close();
        store.close();
    }

    @Test
    void listsTheSitesAffectedDevicesWorstFirst() {
        assertThat(vm.devices()).isNotEmpty();
        assertThat(vm.devices()).extracting(line -> line.status().severity())
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(vm.titleProperty().get()).contains("Arden Valley Manufacturing plc").endsWith("affected devices");
    }

    @Test
    void setsTheSelectedDevicesAtOnceAndJournalsEach() {
        List<UUID> two = vm.devices().stream().filter(line -> line.status() != DeviceStatus.RESTORED)
                .limit(2).map(SiteViewModel.DeviceLine::deviceId).toList();
        long head = store.journal().latestSeq();

        vm.selected().setAll(two);
        vm.newStatusProperty().set(DeviceStatus.RESTORED);
        vm.noteProperty().set("Restored from the immutable backup");
        vm.applyCommand().execute();

        assertThat(two).allSatisfy(device -> assertThat(store.impacts().find(incident.id(), device)
                .map(Impact::status)).contains(DeviceStatus.RESTORED));
        List<JournalEntry> entries = store.journal().after(head, 10);
        assertThat(entries).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(JournalAction.STATUS_CHANGED);
            assertThat(entry.detail("note")).isEqualTo("Restored from the immutable backup");
            assertThat(entry.actor()).isEqualTo("Priya Shah");
        });
        assertThat(vm.messageProperty().get()).isEqualTo("Set 2 devices to restored.");
        assertThat(vm.noteProperty().get()).isEmpty();
    }

    @Test
    void nothingToSetWithoutSelectionOrStatus() {
        assertThat(vm.applyCommand().isExecutable()).isFalse();
        vm.selected().setAll(vm.devices().getFirst().deviceId());
        assertThat(vm.applyCommand().isExecutable()).isFalse();
        vm.newStatusProperty().set(DeviceStatus.VERIFIED);
        assertThat(vm.applyCommand().isExecutable()).isTrue();
    }
}
