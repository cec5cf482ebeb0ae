package dev.sitrep.ui.comms;

import atlantafx.base.theme.PrimerLight;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.RecordingDialogs;
import dev.sitrep.ui.common.ScriptedFilePicker;
import dev.sitrep.ui.common.SteppingClock;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
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

/// The Comms screen as a whole: its tabs from the keyboard, and a customer handed from the board to the
/// status update composer.
@ExtendWith(ApplicationExtension.class)
class CommsViewTest {

    @TempDir
    Path folder;

    private final Workspace workspace = new Workspace();
    private Store store;
    private CommsParts parts;
    private int callLogsOpened;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SteppingClock clock = new SteppingClock(Instant.parse("2026-11-23T09:30:00Z"));
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        Incident incident = DemoData.load(store, DemoScenario.ZERO_DAY, 1, DemoData.DEFAULT_SEED);
        workspace.operatorProperty().set(store.staff().signIn("Chloé Dubois", StaffRole.TAM));
        workspace.currentIncidentProperty().set(incident);
        TaskExecutor executor = new CurrentThreadTaskExecutor();
        parts = new CommsParts(new CustomerBoardViewModel(store, workspace, executor, clock),
                new CommsFeedViewModel(store, workspace, executor, clock),
                new CallLogViewModel(store, workspace, executor, clock),
                new StatusUpdateViewModel(store, workspace, executor, new RecordingDialogs(),
                        new ScriptedFilePicker(), clock),
                new CommitmentsViewModel(store, workspace, executor, clock),
                new DeferredWorkViewModel(store, workspace, executor, clock), clock);
        stage.setScene(new Scene(new CommsView(parts, () -> callLogsOpened++), 1500, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void altAndANumberPickTheTab(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").query();
        robot.clickOn("#customers-filter");

        robot.press(KeyCode.ALT, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Promises");

        robot.press(KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Calls");
    }

    @Test
    void enterOnACustomerOpensAStatusUpdateForThem(FxRobot robot) {
        TableView<?> customers = robot.lookup("#customers-table").queryTableView();
        robot.interact(() -> {
            customers.requestFocus();
            customers.getSelectionModel().select(1);
        });
        UUID second = parts.customers().selectedCustomerProperty().get();
        assertThat(second).isNotNull();

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        TabPane tabs = robot.lookup(".tab-pane").query();
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Status updates");
        assertThat(parts.updates().customerProperty().get().customerId()).isEqualTo(second);
    }

    @Test
    void theLogACallButtonOpensTheConsolesCallLog(FxRobot robot) {
        robot.clickOn("#comms-log-call");

        assertThat(callLogsOpened).isEqualTo(1);
    }
}
