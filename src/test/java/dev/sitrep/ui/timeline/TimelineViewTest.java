package dev.sitrep.ui.timeline;

import atlantafx.base.theme.PrimerLight;
import dev.sitrep.domain.Contact;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceKind;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentDraft;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.SlaTier;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.SteppingClock;
import dev.sitrep.ui.common.Workspace;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    @TempDir
    Path folder;

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-03-14T13:50:00Z"));
    private final Workspace workspace = new Workspace();
    private Store store;
    private Operator sam;
    private Incident incident;
    private List<Device> devices;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("timeline-view")), clock);
        Operator priya = store.staff().signIn("Priya Shah", StaffRole.COMMANDER);
        sam = store.staff().signIn("Sam Lee", StaffRole.ENGINEER);
        Customer northwind = new Customer(UUID.randomUUID(), "Northwind", SlaTier.GOLD, "", Contact.NONE, "");
        store.inventory().saveCustomer(northwind, priya);
        Site leeds = new Site(UUID.randomUUID(), northwind.id(), "Leeds", "Leeds", ZoneId.of("Europe/London"));
        store.inventory().saveSite(leeds, priya);
        devices = IntStream.rangeClosed(1, 150).mapToObj(i -> new Device(UUID.randomUUID(), leeds.id(),
                "WS-%03d".formatted(i), DeviceKind.WORKSTATION, "Windows", "11", 3, "")).toList();
        devices.forEach(device -> store.inventory().saveDevice(device, priya));
        incident = store.incidents().declare(new IncidentDraft("Ransomware at Northwind", IncidentKind.RANSOMWARE,
                Severity.SEV1, null, "", Duration.ofHours(1)), priya);
        store.impacts().add(incident.id(), ids(), DeviceStatus.DOWN, priya);
        clock.advance(Duration.ofMinutes(12));
        store.impacts().setStatus(incident.id(), List.of(devices.getFirst().id()), DeviceStatus.RESTORED, null, sam);

        workspace.currentIncidentProperty().set(incident);
        TimelineViewModel vm = new TimelineViewModel(store, workspace, new CurrentThreadTaskExecutor(),
                ZoneId.of("Europe/London"));
        stage.setScene(new Scene(new TimelineView(vm), 1000, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void showsAStatusChangeAsASentence(FxRobot robot) {
        assertThat(robot.lookup("set WS-001 (Leeds) to restored").tryQuery()).isPresent();
        assertThat(robot.lookup("14:02").tryQuery()).isPresent();
        assertThat(robot.lookup("Saturday 14 March 2026").tryQuery()).isPresent();
    }

    @Test
    void newEntriesArriveAtTheTopWithoutMovingTheLineBeingRead(FxRobot robot) {
        ListView<?> list = robot.lookup(".timeline-list").queryAs(ListView.class);
        robot.interact(() -> list.scrollTo(60));
        WaitForAsyncUtils.waitForFxEvents();
        Object reading = firstVisible(list).getItem();
        long seen = store.journal().latestSeq();
        store.impacts().setStatus(incident.id(), ids().subList(1, 6), DeviceStatus.RECOVERING, null, sam);

        robot.interact(() -> workspace.publish(store.journal().after(seen, 100)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(list.getItems()).hasSize(157);
        assertThat(firstVisible(list).getItem()).isEqualTo(reading);
    }

    @Test
    void atTheTopTheNewEntriesComeIntoView(FxRobot robot) {
        ListView<?> list = robot.lookup(".timeline-list").queryAs(ListView.class);
        long seen = store.journal().latestSeq();
        store.impacts().setStatus(incident.id(), ids().subList(1, 3), DeviceStatus.ISOLATED, null, sam);

        robot.interact(() -> workspace.publish(store.journal().after(seen, 100)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(firstVisible(list).getIndex()).isZero();
        assertThat(((TimelineRow) firstVisible(list).getItem()).sentence()).endsWith("to isolated");
    }

    private List<UUID> ids() {
        return devices.stream().map(Device::id).toList();
    }

    private static IndexedCell<?> firstVisible(ListView<?> list) {
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        return flow.getFirstVisibleCell();
    }
}
