package dev.sitrep.ui.comms;

import atlantafx.base.theme.PrimerLight;
import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.MessageTemplate;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.comms.StatusUpdateViewModel.CustomerChoice;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.RecordingDialogs;
import dev.sitrep.ui.common.ScriptedFilePicker;
import dev.sitrep.ui.common.SteppingClock;
import dev.sitrep.ui.common.Workspace;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class StatusUpdateViewTest {

    @TempDir
    Path folder;

    private final Workspace workspace = new Workspace();
    private final ScriptedFilePicker files = new ScriptedFilePicker();
    private Store store;
    private Incident incident;
    private StatusUpdateViewModel vm;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SteppingClock clock = new SteppingClock(Instant.parse("2026-11-23T09:30:00Z"));
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        incident = DemoData.load(store, DemoScenario.ZERO_DAY, 1, DemoData.DEFAULT_SEED);
        workspace.operatorProperty().set(store.staff().signIn("Priya Shah", StaffRole.TAM));
        workspace.currentIncidentProperty().set(incident);
        vm = new StatusUpdateViewModel(store, workspace, new CurrentThreadTaskExecutor(), new RecordingDialogs(),
                files, clock);
        StatusUpdateView view = new StatusUpdateView(vm);
        stage.setScene(new Scene(view, 1400, 860));
        stage.show();
        view.focusCustomers();
    }

    @AfterEach
    void close() {
        vm.close();
        store.close();
    }

    @Test
    void aTamPicksTheNextCustomerAndATemplateAndMarksTheUpdateSentWithTheKeyboard(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> customers = robot.lookup("#status-customers").queryListView();
        assertThat(customers.isFocused()).as("the keyboard starts in the customer list").isTrue();

        robot.type(KeyCode.DOWN);
        CustomerChoice second = vm.customers().get(1);
        robot.press(KeyCode.ALT, KeyCode.T).release(KeyCode.T, KeyCode.ALT);
        ComboBox<MessageTemplate> template = robot.lookup("#status-template").queryComboBox();
        assertThat(template.isFocused()).as("Alt+T goes to the template").isTrue();
        robot.type(KeyCode.UP);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(template.getValue().name()).isEqualTo("Service restored");
        Communication logged = store.communications().forIncident(incident.id()).getLast();
        assertThat(logged.kind()).isEqualTo(CommunicationKind.STATUS_UPDATE);
        assertThat(logged.customerId()).isEqualTo(second.customerId());
        assertThat(logged.summary()).startsWith("INC-2026-0001: services restored for " + second.name() + "\n\n");
        assertThat(robot.lookup("#status-mark-sent").queryButton().isDisabled())
                .as("sent once, it cannot be logged twice by a second press").isTrue();
    }

    @Test
    void ctrlSSavesTheUpdateAsAnEmailDraft(FxRobot robot) throws Exception {
        Path file = folder.resolve("draft.eml");
        files.answer(file);

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(file).exists();
        assertThat(Files.readString(file)).contains("X-Unsent: 1");
    }

    @Test
    void tabLeavesTheBodyInsteadOfTypingATab(FxRobot robot) {
        TextArea body = robot.lookup("#status-body").query();
        robot.interact(body::requestFocus);
        String before = body.getText();

        robot.type(KeyCode.TAB);

        assertThat(body.getText()).isEqualTo(before);
        assertThat(body.isFocused()).isFalse();
    }
}
