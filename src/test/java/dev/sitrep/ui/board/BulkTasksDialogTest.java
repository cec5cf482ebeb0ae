package dev.sitrep.ui.board;

import atlantafx.base.theme.PrimerLight;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentTask;
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
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class BulkTasksDialogTest {

    @TempDir
    Path folder;

    private final Workspace workspace = new Workspace();
    private Store store;
    private Incident incident;
    private BulkTasksDialog dialog;
    private int tasksBefore;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SteppingClock clock = new SteppingClock(Instant.parse("2026-11-23T09:30:00Z"));
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        incident = DemoData.load(store, DemoScenario.ZERO_DAY, 1, DemoData.DEFAULT_SEED);
        tasksBefore = store.tasks().forIncident(incident.id()).size();
        workspace.operatorProperty().set(store.staff().signIn("Priya Shah", StaffRole.COMMANDER));
        workspace.currentIncidentProperty().set(incident);
        stage.setScene(new Scene(new Label("console"), 800, 600));
        stage.show();
        dialog = new BulkTasksDialog(new BulkTasksViewModel(store, workspace, new CurrentThreadTaskExecutor(),
                clock));
        dialog.initOwner(stage);
        dialog.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void filterUncheckOneRetitleAndEnterCreatesTheRest(FxRobot robot) {
        Set<UUID> secondServers = affectedNamed("EXCH-02");
        assertThat(secondServers).hasSizeGreaterThan(1);
        typeIntoTheDialog(robot);
        assertThat(robot.lookup("#bulk-search").queryAs(TextField.class).isFocused()).isTrue();

        robot.write("exch-02");
        robot.type(KeyCode.TAB).type(KeyCode.HOME).type(KeyCode.SPACE);
        ListView<Checkable<BulkCandidate>> list = robot.lookup("#bulk-candidates").query();
        assertThat(list.getItems()).hasSize(secondServers.size());
        UUID skipped = list.getItems().getFirst().value().id();
        assertThat(list.getItems().getFirst().isChecked()).as("Space unchecks the selected item").isFalse();
        robot.type(KeyCode.TAB);
        TextField title = robot.lookup("#bulk-title").queryAs(TextField.class);
        assertThat(title.isFocused()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Verify {name} after the patch");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isEqualTo(secondServers.size() - 1);
        List<IncidentTask> created = store.tasks().forIncident(incident.id()).stream()
                .filter(task -> task.title().equals("Verify EXCH-02 after the patch")).toList();
        assertThat(created).hasSize(secondServers.size() - 1)
                .extracting(task -> task.scope().deviceId()).doesNotContain(skipped)
                .allSatisfy(device -> assertThat(secondServers).contains(device));
        assertThat(created).allSatisfy(task -> assertThat(task.downtime()).isNotNull());
    }

    @Test
    void enterInTheSearchGoesToTheListABadStartIsNamedAndEscCancels(FxRobot robot) {
        typeIntoTheDialog(robot);
        robot.write("exch");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).as("Enter after a search creates nothing").isTrue();
        assertThat(robot.lookup("#bulk-candidates").queryAs(ListView.class).isFocused()).isTrue();

        robot.press(KeyCode.ALT, KeyCode.W).release(KeyCode.W, KeyCode.ALT);
        TextField start = robot.lookup("#bulk-start").queryAs(TextField.class);
        assertThat(start.isFocused()).as("Alt+W goes to the first window's start").isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("25:00");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isTrue();
        assertThat(robot.lookup(".bulk-field-problem").queryAllAs(Label.class)).filteredOn(Label::isVisible)
                .extracting(Label::getText).containsExactly("First window: \"25:00\" is not a time: write 14:30, "
                        + "+2h, +45m, tomorrow 09:00 or 2026-11-23 14:30.");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();
        assertThat(store.tasks().forIncident(incident.id())).hasSize(tasksBefore);
    }

    /// Typing goes to the dialog's window, where the search field has the focus.
    private void typeIntoTheDialog(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(dialog.getDialogPane().getScene().getWindow());
    }

    private Set<UUID> affectedNamed(String hostname) {
        Set<UUID> affected = store.impacts().forIncident(incident.id()).stream().map(impact -> impact.deviceId())
                .collect(Collectors.toSet());
        return store.inventory().devices().stream()
                .filter(device -> device.hostname().equals(hostname) && affected.contains(device.id()))
                .map(Device::id).collect(Collectors.toSet());
    }
}
