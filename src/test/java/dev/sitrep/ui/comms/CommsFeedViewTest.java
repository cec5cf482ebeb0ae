package dev.sitrep.ui.comms;

import atlantafx.base.theme.PrimerLight;
import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.Urgency;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.SteppingClock;
import dev.sitrep.ui.common.Workspace;
import dev.sitrep.ui.comms.CommsFeedViewModel.CallbackState;
import dev.sitrep.ui.comms.CommsFeedViewModel.FeedRow;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
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
class CommsFeedViewTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");

    @TempDir
    Path folder;

    private final Workspace workspace = new Workspace();
    private Store store;
    private Incident incident;
    private CommsFeedViewModel vm;
    private TableView<FeedRow> table;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SteppingClock clock = new SteppingClock(NOW);
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        incident = DemoData.load(store, DemoScenario.ZERO_DAY, 1, DemoData.DEFAULT_SEED);
        workspace.operatorProperty().set(store.staff().signIn("Hannah Okafor", StaffRole.TAM));
        vm = new CommsFeedViewModel(store, workspace, new CurrentThreadTaskExecutor(), clock);
        workspace.currentIncidentProperty().set(incident);
        CommsFeedView view = new CommsFeedView(vm);
        table = view.table();
        stage.setScene(new Scene(view, 1500, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void ctrlDMarksTheSelectedCallbackDone(FxRobot robot) {
        FeedRow open = vm.rows().stream().filter(row -> row.callback().open()).findFirst().orElseThrow();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(open);
        });
        UUID selected = table.getSelectionModel().getSelectedItem().id();

        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store.communications().find(selected).map(Communication::callbackDoneAt)).contains(NOW);
        assertThat(vm.selectedRowProperty().get().callback()).isEqualTo(CallbackState.DONE);
    }

    @Test
    void theDoneButtonOnARowMarksItsCallback(FxRobot robot) {
        robot.interact(() -> vm.callbacksOpenOnlyProperty().set(true));
        FeedRow first = vm.rows().getFirst();

        Button done = robot.lookup(".callback-done-button").queryAllAs(Button.class).stream()
                .filter(button -> button.isVisible() && button.getParent().getParent() instanceof TableCell<?, ?> cell
                        && cell.getItem() == first).findFirst().orElseThrow();
        robot.clickOn(done);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store.communications().find(first.id()).map(Communication::callbackDoneAt)).contains(NOW);
    }

    @Test
    void theSelectedRowStaysSelectedWhenACallLoggedElsewhereArrives(FxRobot robot) {
        robot.interact(() -> table.getSelectionModel().select(3));
        UUID selected = table.getSelectionModel().getSelectedItem().id();
        long head = store.journal().latestSeq();
        Communication call = new Communication(UUID.randomUUID(), incident.id(), null,
                CommunicationKind.INTERNAL_NOTE, "Teams", "", "Insurer wants the timeline", Urgency.NORMAL,
                "Rhys Pritchard", NOW, null, null);
        store.communications().save(call, workspace.operator());

        robot.interact(() -> workspace.publish(store.journal().after(head, 10)));

        assertThat(table.getItems().getFirst().id()).isEqualTo(call.id());
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(selected);
        assertThat(vm.selectedProperty().get()).isEqualTo(selected);
    }
}
