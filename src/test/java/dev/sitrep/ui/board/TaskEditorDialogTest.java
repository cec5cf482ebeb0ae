package dev.sitrep.ui.board;

import atlantafx.base.theme.PrimerLight;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.Site;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class TaskEditorDialogTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");

    @TempDir
    Path folder;

    private final Workspace workspace = new Workspace();
    private Store store;
    private Incident incident;
    private TaskEditorViewModel vm;
    private Stage stage;
    private TaskEditorDialog dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SteppingClock clock = new SteppingClock(NOW);
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        incident = DemoData.load(store, DemoScenario.ZERO_DAY, 1, DemoData.DEFAULT_SEED);
        workspace.operatorProperty().set(store.staff().signIn("Priya Shah", StaffRole.COMMANDER));
        workspace.currentIncidentProperty().set(incident);
        vm = new TaskEditorViewModel(store, workspace, new CurrentThreadTaskExecutor(), clock);
        stage.setScene(new Scene(new Label("console"), 800, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        vm.close();
        store.close();
    }

    @Test
    void aTitleTabsThroughThePickListsAndEnterSaves(FxRobot robot) {
        Set<UUID> before = taskIds();
        long head = store.journal().latestSeq();
        openNewTask(robot);

        robot.write("Patch the mail gateway");
        robot.type(KeyCode.TAB).write("Apply the vendor's fix, then check mail flow.");
        robot.type(KeyCode.TAB).type(KeyCode.DOWN).type(KeyCode.ENTER);    // customer: the first
        robot.type(KeyCode.TAB).type(KeyCode.DOWN).type(KeyCode.ENTER);    // site: its first
        robot.type(KeyCode.TAB).type(KeyCode.DOWN, 2).type(KeyCode.ENTER); // device: its second
        robot.type(KeyCode.TAB, 4);                                        // assignee, priority, status, ETA
        robot.write("+2h");
        assertThat(dialog.isShowing()).as("Enter in a pick list picks; it does not save").isTrue();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        IncidentTask saved = dialog.getResult();
        assertThat(saved).isNotNull();
        assertThat(taskIds()).containsAll(before).contains(saved.id()).hasSize(before.size() + 1);
        IncidentTask stored = store.tasks().find(saved.id()).orElseThrow();
        assertThat(stored.title()).isEqualTo("Patch the mail gateway");
        assertThat(stored.detail()).isEqualTo("Apply the vendor's fix, then check mail flow.");
        assertThat(stored.incidentId()).isEqualTo(incident.id());
        assertThat(stored.eta()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        Site firstSite = store.inventory().sites().stream()
                .filter(site -> site.customerId().equals(store.inventory().customers().getFirst().id()))
                .findFirst().orElseThrow();
        Device secondDevice = store.inventory().devices().stream()
                .filter(device -> device.siteId().equals(firstSite.id())).skip(1).findFirst().orElseThrow();
        assertThat(stored.scope().siteId()).isEqualTo(firstSite.id());
        assertThat(stored.scope().deviceId()).isEqualTo(secondDevice.id());
        assertThat(store.journal().after(head, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(JournalAction.CREATED);
            assertThat(entry.entityId()).isEqualTo(saved.id().toString());
        });
    }

    @Test
    void escClosesAnOpenPickListFirstThenTheDialogWritingNothing(FxRobot robot) {
        Set<UUID> before = taskIds();
        long head = store.journal().latestSeq();
        openNewTask(robot);

        robot.write("Half a thought");
        robot.type(KeyCode.TAB, 2).write("a");                            // the customer list opens
        robot.type(KeyCode.ESCAPE);
        assertThat(dialog.isShowing()).as("Esc closed the list only").isTrue();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();
        assertThat(taskIds()).isEqualTo(before);
        assertThat(store.journal().latestSeq()).isEqualTo(head);
    }

    private void openNewTask(FxRobot robot) {
        robot.interact(() -> {
            vm.startNew();
            dialog = new TaskEditorDialog(vm);
            dialog.initOwner(stage);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(dialog.getDialogPane().getScene().getWindow());
    }

    private Set<UUID> taskIds() {
        return store.tasks().forIncident(incident.id()).stream().map(IncidentTask::id).collect(Collectors.toSet());
    }
}
