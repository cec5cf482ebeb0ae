package dev.sitrep.ui.board;

import atlantafx.base.theme.PrimerLight;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.SteppingClock;
import dev.sitrep.ui.common.Workspace;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class DowntimeViewTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");

    @TempDir
    Path folder;

    private final Workspace workspace = new Workspace();
    private final List<UUID> opened = new ArrayList<>();
    private Store store;
    private Incident incident;
    private DowntimeViewModel vm;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SteppingClock clock = new SteppingClock(NOW);
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        incident = DemoData.load(store, DemoScenario.ZERO_DAY, 1, DemoData.DEFAULT_SEED);
        workspace.operatorProperty().set(store.staff().signIn("Priya Shah", StaffRole.COMMANDER));
        vm = new DowntimeViewModel(store, workspace, new CurrentThreadTaskExecutor(), clock);
        workspace.currentIncidentProperty().set(incident);
        stage.setScene(new Scene(new DowntimeView(vm, opened::add), 1500, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theZeroDayDemoShowsEveryOpenWindowThatHasNotEndedByStart(FxRobot robot) {
        TableView<DowntimeRow> table = robot.lookup("#downtime-table").queryTableView();
        List<UUID> planned = store.tasks().forIncident(incident.id()).stream()
                .filter(task -> task.status() != TaskStatus.DONE && task.downtime() != null
                        && task.downtime().end().isAfter(NOW))
                .map(IncidentTask::id)
                .toList();

        assertThat(planned).isNotEmpty();
        assertThat(table.getItems()).map(DowntimeRow::taskId).containsExactlyInAnyOrderElementsOf(planned);
        assertThat(table.getItems()).isSortedAccordingTo(Comparator.comparing(DowntimeRow::start));
        // A clash is said in words, not by colour alone.
        long clashing = table.getItems().stream().filter(DowntimeRow::isClashing).count();
        Set<Labeled> clashCells = robot.lookup(".downtime-clash").queryAll();
        assertThat(clashCells).map(Labeled::getText)
                .filteredOn(text -> text != null && text.startsWith("overlaps ")).hasSize((int) clashing);
        assertThat(robot.lookup("#downtime-counts").queryLabeled().getText())
                .startsWith(planned.size() + " windows · ");
    }

    @Test
    void enterOnARowOpensItsTask(FxRobot robot) {
        TableView<DowntimeRow> table = robot.lookup("#downtime-table").queryTableView();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(2);
        });

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).containsExactly(table.getItems().get(2).taskId());
    }

    @Test
    void findingAndOpeningNeedNoMouse(FxRobot robot) {
        TableView<DowntimeRow> table = robot.lookup("#downtime-table").queryTableView();
        robot.interact(table::requestFocus);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("edinburgh");
        robot.type(KeyCode.ENTER, KeyCode.DOWN, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).isNotEmpty().allSatisfy(row ->
                assertThat(row.searchText()).contains("edinburgh"));
        assertThat(table.isFocused()).isTrue();
        assertThat(opened).containsExactly(table.getItems().get(1).taskId());
    }

    @Test
    void theSelectedWindowStaysSelectedWhenAnotherConsoleChangesIt(FxRobot robot) {
        TableView<DowntimeRow> table = robot.lookup("#downtime-table").queryTableView();
        DowntimeRow chosen = table.getItems().get(3);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(chosen);
        });
        long seen = store.journal().latestSeq();
        // Someone else finishes the first window's task and hands the chosen one to the commander.
        IncidentTask first = store.tasks().find(table.getItems().getFirst().taskId()).orElseThrow();
        store.tasks().save(changed(first, TaskStatus.DONE, first.assigneeId()), workspace.operator());
        IncidentTask handedOver = store.tasks().find(chosen.taskId()).orElseThrow();
        store.tasks().save(changed(handedOver, handedOver.status(), workspace.operator().staffId()),
                workspace.operator());

        robot.interact(() -> workspace.publish(store.journal().after(seen, 100)));

        assertThat(table.getItems()).map(DowntimeRow::taskId).doesNotContain(first.id());
        DowntimeRow selected = table.getSelectionModel().getSelectedItem();
        assertThat(selected.taskId()).isEqualTo(chosen.taskId());
        assertThat(selected.assignee()).isEqualTo("Priya Shah");
    }

    private static IncidentTask changed(IncidentTask task, TaskStatus status, UUID assigneeId) {
        return new IncidentTask(task.id(), task.incidentId(), task.title(), task.detail(), task.scope(), assigneeId,
                status, "", task.priority(), task.eta(), task.downtime(), task.createdAt(), task.updatedAt());
    }
}
