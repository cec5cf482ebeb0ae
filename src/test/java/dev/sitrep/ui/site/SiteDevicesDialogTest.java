package dev.sitrep.ui.site;

import atlantafx.base.theme.PrimerLight;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.Impact;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.SteppingClock;
import dev.sitrep.ui.common.Workspace;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class SiteDevicesDialogTest {

    @TempDir
    Path folder;

    private final Workspace workspace = new Workspace();
    private Store store;
    private Incident incident;
    private SiteViewModel vm;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SteppingClock clock = new SteppingClock(Instant.parse("2026-11-23T09:30:00Z"));
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        incident = DemoData.load(store, DemoScenario.ZERO_DAY, 1, DemoData.DEFAULT_SEED);
        workspace.operatorProperty().set(store.staff().signIn("Priya Shah", StaffRole.COMMANDER));
        workspace.currentIncidentProperty().set(incident);
        UUID site = store.inventory().device(store.impacts().forIncident(incident.id()).getFirst().deviceId())
                .orElseThrow().siteId();
        vm = new SiteViewModel(store, workspace, new CurrentThreadTaskExecutor(), clock, site);
        stage.setScene(new Scene(new Label("console"), 800, 600));
        stage.show();
        SiteDevicesDialog dialog = new SiteDevicesDialog(vm);
        dialog.initOwner(stage);
        dialog.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void selectAllChooseAStatusAndEnterSetsThemAll(FxRobot robot) {
        TableView<?> table = robot.lookup(".site-devices .table-view").queryTableView();
        robot.interact(table::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.interact(() -> vm.newStatusProperty().set(DeviceStatus.VERIFIED));
        robot.interact(table::requestFocus);

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.devices()).isNotEmpty().allSatisfy(line ->
                assertThat(line.status()).isEqualTo(DeviceStatus.VERIFIED));
        assertThat(vm.devices()).allSatisfy(line -> assertThat(store.impacts().find(incident.id(), line.deviceId())
                .map(Impact::status)).contains(DeviceStatus.VERIFIED));
        assertThat(robot.lookup(".site-devices .label").queryAllAs(Label.class))
                .anySatisfy(label -> assertThat(label.getText()).startsWith("Set ").endsWith(" to verified."));
    }
}
