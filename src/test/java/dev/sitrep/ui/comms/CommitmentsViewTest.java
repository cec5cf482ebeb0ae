package dev.sitrep.ui.comms;

import atlantafx.base.theme.PrimerLight;
import dev.sitrep.domain.Commitment;
import dev.sitrep.domain.CommitmentState;
import dev.sitrep.ui.comms.CommitmentsViewModel.Row;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static dev.sitrep.ui.comms.CustomerCareFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class CommitmentsViewTest {

    @TempDir
    Path folder;

    private CustomerCareFixture war;
    private CommitmentsViewModel vm;
    private Commitment acmeCall;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        war = new CustomerCareFixture(folder);
        acmeCall = war.promise(war.acme, "Call with the patch window", "12:30", null);
        vm = new CommitmentsViewModel(war.store, war.workspace, new CurrentThreadTaskExecutor(), war.clock);
        war.workspace.currentIncidentProperty().set(war.incident);
        CommitmentsView view = new CommitmentsView(vm, war.clock);
        stage.setScene(new Scene(view, 1200, 700));
        stage.show();
        view.focusList();
    }

    @AfterEach
    void close() {
        war.close();
    }

    @Test
    void aCommitmentIsRecordedWithTheKeyboardAlone(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        inDialog(robot);
        assertThat(vm.formProperty().get()).as("Ctrl+N opens the form").isNotNull();

        robot.write("bo");
        robot.type(KeyCode.TAB);
        robot.write("Webmail back at Bristol");
        robot.type(KeyCode.TAB);
        robot.write("+2h");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.formProperty().get()).as("the form closed once stored").isNull();
        assertThat(dialogsOpen()).isZero();
        assertThat(war.store.commitments().forIncident(war.incident.id()))
                .filteredOn(commitment -> commitment.customerId().equals(war.bolt.id()))
                .singleElement()
                .satisfies(commitment -> {
                    assertThat(commitment.what()).isEqualTo("Webmail back at Bristol");
                    assertThat(commitment.dueAt()).isEqualTo(at("14:00"));
                });
        assertThat(table(robot).getSelectionModel().getSelectedItem().what()).isEqualTo("Webmail back at Bristol");
    }

    @Test
    void okStaysDisabledUntilEveryFieldIsRight(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        inDialog(robot);

        robot.write("bo");
        robot.type(KeyCode.TAB);
        robot.write("Webmail back");
        robot.type(KeyCode.TAB);
        robot.write("soon");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.formProperty().get()).as("Enter did not record an unreadable time").isNotNull();
        assertThat(robot.lookup(".field-problem").queryAllAs(Label.class))
                .filteredOn(Node::isVisible)
                .extracting(Label::getText)
                .singleElement().asString().startsWith("\"soon\" is not a time");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.formProperty().get()).as("Escape cancels").isNull();
        assertThat(war.store.commitments().forIncident(war.incident.id())).hasSize(1);
    }

    @Test
    void theSelectedPromiseIsRevisedThenMarkedMetFromTheKeyboard(FxRobot robot) {
        robot.press(KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT);
        inDialog(robot);
        robot.write("13:15");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Row revised = table(robot).getItems().getFirst();
        assertThat(revised.history()).isEqualTo("promised 12:30, then 13:15");
        assertThat(revised.state()).isEqualTo(CommitmentState.REVISED);

        robot.targetWindow(robot.lookup("#commitments-table").query().getScene().getWindow());
        robot.press(KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(war.store.commitments().find(acmeCall.id()).orElseThrow().state()).isEqualTo(CommitmentState.MET);
        assertThat(table(robot).getItems()).as("only pending promises show").isEmpty();
    }

    /// Keys go to the dialog the view just opened.
    private static void inDialog(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(robot.lookup(".dialog-pane").query().getScene().getWindow());
    }

    @SuppressWarnings("unchecked")
    private static TableView<Row> table(FxRobot robot) {
        return robot.lookup("#commitments-table").queryAs(TableView.class);
    }

    private static long dialogsOpen() {
        return Window.getWindows().stream().filter(window -> window instanceof Stage stage
                && stage.getOwner() != null && stage.isShowing()).count();
    }
}
