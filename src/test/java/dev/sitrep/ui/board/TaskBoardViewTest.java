package dev.sitrep.ui.board;

import atlantafx.base.theme.PrimerLight;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.ui.board.TaskBoardViewModel.Card;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.SteppingClock;
import dev.sitrep.ui.common.Workspace;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
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
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class TaskBoardViewTest {

    @TempDir
    Path folder;

    private final Workspace workspace = new Workspace();
    private Store store;
    private TaskBoardViewModel vm;
    private RosterViewModel roster;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SteppingClock clock = new SteppingClock(Instant.parse("2026-11-23T09:30:00Z"));
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        Incident incident = DemoData.load(store, DemoScenario.ZERO_DAY, 1, DemoData.DEFAULT_SEED);
        workspace.operatorProperty().set(store.staff().signIn("Priya Shah", StaffRole.COMMANDER));
        vm = new TaskBoardViewModel(store, workspace, new CurrentThreadTaskExecutor(), clock, BoardPreferences.NONE);
        workspace.currentIncidentProperty().set(incident);
        roster = new RosterViewModel(store, workspace, new CurrentThreadTaskExecutor(), clock);
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        stage.setScene(new Scene(new TaskBoardView(vm, new BoardParts(roster,
                new DowntimeViewModel(store, workspace, executor, clock),
                new TaskEditorViewModel(store, workspace, executor, clock),
                () -> new BulkTasksViewModel(store, workspace, executor, clock))), 1400, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void altTwoMovesTheSelectedCardToInProgress(FxRobot robot) {
        ListView<?> todo = robot.lookup("#board-todo").queryListView();
        UUID first = vm.column(TaskStatus.TODO).getFirst().id();
        int inProgress = vm.column(TaskStatus.IN_PROGRESS).size();
        robot.interact(() -> {
            todo.requestFocus();
            todo.getSelectionModel().select(0);
        });

        robot.press(KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.column(TaskStatus.IN_PROGRESS)).hasSize(inProgress + 1)
                .anySatisfy(card -> assertThat(card.id()).isEqualTo(first));
        assertThat(store.tasks().find(first).map(IncidentTask::status)).contains(TaskStatus.IN_PROGRESS);
    }

    @Test
    void aCardDraggedToAnotherColumnMovesThere(FxRobot robot) {
        Card first = vm.column(TaskStatus.TODO).getFirst();

        robot.drag(cardNamed(robot, first.title())).dropTo("#board-done");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store.tasks().find(first.id()).map(IncidentTask::status)).contains(TaskStatus.DONE);
        assertThat(vm.column(TaskStatus.DONE)).extracting(Card::id).contains(first.id());
    }

    @Test
    void aCardDroppedOnAPersonInTheRosterIsTheirs(FxRobot robot) {
        Card first = vm.column(TaskStatus.TODO).getFirst();
        RosterViewModel.Person someoneElse = roster.people().stream()
                .filter(person -> !person.staffId().equals(first.assigneeId())).findFirst().orElseThrow();
        Node theirRow = robot.lookup(".person-cell").match(hasPerson(someoneElse)).query();

        robot.drag(cardNamed(robot, first.title())).dropTo(theirRow);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store.tasks().find(first.id()).map(IncidentTask::assigneeId)).contains(someoneElse.staffId());
    }

    private static Node cardNamed(FxRobot robot, String title) {
        return robot.lookup(".card-title").match((Text text) -> text.getText().endsWith(title)).query();
    }

    private static Predicate<Node> hasPerson(RosterViewModel.Person wanted) {
        return cell -> cell instanceof ListCell<?> row && wanted.equals(row.getItem());
    }

    @Test
    void ctrlNOpensANewTaskThatEnterSavesOntoTheBoard(FxRobot robot) {
        int todo = vm.column(TaskStatus.TODO).size();
        robot.clickOn("#board-filter");

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow("New task");
        robot.write("Call the insurer about the forensic report");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store.tasks().forIncident(workspace.currentIncident().id())).extracting(IncidentTask::title)
                .contains("Call the insurer about the forensic report");
        robot.interact(vm::reload);
        assertThat(vm.column(TaskStatus.TODO)).hasSize(todo + 1);
    }

    @Test
    void enterOnACardOpensItInTheEditor(FxRobot robot) {
        ListView<?> todo = robot.lookup("#board-todo").queryListView();
        Card first = vm.column(TaskStatus.TODO).getFirst();
        robot.interact(() -> {
            todo.requestFocus();
            todo.getSelectionModel().select(0);
        });

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        TextField title = robot.lookup((TextField field) -> first.title().equals(field.getText())).query();
        assertThat(title.getScene().getWindow()).isNotEqualTo(todo.getScene().getWindow());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void ctrlShiftDShowsTheDowntimeWindowsInPlaceOfTheColumns(FxRobot robot) {
        robot.clickOn("#board-filter");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#board-todo").tryQuery()).isEmpty();
        assertThat(robot.lookup(".table-view").tryQuery()).isPresent();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B).release(KeyCode.B, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#board-todo").tryQuery()).isPresent();
    }
}
