package dev.sitrep.ui.incident;

import atlantafx.base.theme.PrimerLight;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.Phase;
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.RecordingDialogs;
import dev.sitrep.ui.common.Workspace;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class IncidentViewTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Store store;
    private final Workspace workspace = new Workspace();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private IncidentViewModel vm;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("incident-view")), CLOCK);
        workspace.operatorProperty().set(store.staff().signIn("Priya Shah", StaffRole.COMMANDER));
        vm = new IncidentViewModel(store, workspace, new CurrentThreadTaskExecutor(), dialogs,
                CLOCK);
        stage.setScene(new Scene(new IncidentView(vm), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void declaresAnIncidentWithTheKeyboardAndShowsItsCode(FxRobot robot) {
        robot.clickOn("Declare an incident…");
        Button ok = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(button -> button.getText().equals("Declare")).findFirst().orElseThrow();
        assertThat(ok.isDisabled()).as("nothing filled in yet").isTrue();
        assertThat(robot.lookup("Give the incident a short title.").tryQuery()).isPresent();

        robot.targetWindow(ok.getScene().getWindow());       // typing goes to the dialog, focused on the title
        robot.write("Exchange zero-day");
        robot.type(KeyCode.TAB).type(KeyCode.DOWN);        // kind: vulnerability
        robot.type(KeyCode.TAB).type(KeyCode.DOWN);        // severity: SEV1
        assertThat(ok.isDisabled()).isFalse();
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB, 2).release(KeyCode.SHIFT);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Incident declared = workspace.currentIncident();
        assertThat(declared).isNotNull();
        assertThat(declared.severity()).isEqualTo(Severity.SEV1);
        assertThat(declared.phase()).isEqualTo(Phase.IDENTIFIED);
        assertThat(robot.lookup(".incident-code").queryAs(Label.class).getText()).isEqualTo("INC-2026-0001");
        assertThat(robot.lookup(".incident-title").queryAs(Label.class).getText()).isEqualTo("Exchange zero-day");
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void movesThePhaseWithItsButton(FxRobot robot) {
        robot.clickOn("Declare an incident…");
        robot.targetWindow(robot.lookup(".dialog-pane").query().getScene().getWindow());
        robot.write("Outage at Hull");
        robot.type(KeyCode.TAB).type(KeyCode.DOWN).type(KeyCode.TAB).type(KeyCode.DOWN, 3);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB, 2).release(KeyCode.SHIFT).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Move to responding");

        assertThat(workspace.currentIncident().phase()).isEqualTo(Phase.RESPONDING);
        assertThat(robot.lookup(".phase-step").queryAllAs(Label.class))
                .filteredOn(step -> step.getPseudoClassStates().stream()
                        .anyMatch(state -> state.getPseudoClassName().equals("current")))
                .extracting(Label::getText).containsExactly("responding");
        assertThat(robot.lookup("Back to identified").tryQuery()).isPresent();
    }
}
