package dev.sitrep.ui.comms;

import atlantafx.base.theme.PrimerLight;
import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.DeferredWork;
import dev.sitrep.ui.comms.DeferredWorkViewModel.Row;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import javafx.application.Application;
import javafx.scene.Scene;
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

import static dev.sitrep.ui.comms.CustomerCareFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@ExtendWith(ApplicationExtension.class)
class DeferredWorkViewTest {

    @TempDir
    Path folder;

    private CustomerCareFixture war;
    private DeferredWork migration;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        war = new CustomerCareFixture(folder);
        migration = war.defer(war.zenith, "Mailbox migration", Instant.parse("2026-11-24T12:00:00Z"),
                Instant.parse("2026-11-27T12:00:00Z"));
        DeferredWorkViewModel vm = new DeferredWorkViewModel(war.store, war.workspace,
                new CurrentThreadTaskExecutor(), war.clock);
        war.workspace.currentIncidentProperty().set(war.incident);
        DeferredWorkView view = new DeferredWorkView(vm);
        stage.setScene(new Scene(view, 1200, 600));
        stage.show();
        view.focusList();
    }

    @AfterEach
    void close() {
        war.close();
    }

    @Test
    void enterTwiceTellsTheSelectedCustomerByPhoneAndMarksTheWorkTold(FxRobot robot) {
        robot.type(KeyCode.ENTER);
        inDialog(robot);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("the prompt closed").isEmpty();
        DeferredWork told = war.store.deferredWork().find(migration.id()).orElseThrow();
        assertThat(told.toldAt()).isEqualTo(at("12:00"));
        assertThat(told.toldBy()).isEqualTo("Sam Okafor");
        assertThat(war.store.communications().forIncident(war.incident.id()))
                .extracting(Communication::customerId, Communication::kind, Communication::summary)
                .containsExactly(tuple(war.zenith.id(), CommunicationKind.OUTBOUND_CALL,
                        "Told Zenith that the mailbox migration moves from Tue 12:00 to Fri 12:00."));
        assertThat(table(robot).getItems()).extracting(Row::told).containsExactly("told 12:00 by Sam Okafor");
    }

    @Test
    void theChannelIsPickedByTypingAndTheWorkIsRecordedFromTheKeyboard(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        inDialog(robot);
        robot.write("cr");
        robot.type(KeyCode.TAB);
        robot.write("Firewall rule review");
        robot.type(KeyCode.TAB);
        robot.write("16:00");
        robot.type(KeyCode.TAB);
        robot.write("2026-11-27 12:00");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table(robot).getItems()).extracting(Row::customer, Row::what, Row::originalDue, Row::revisedDue,
                Row::told).first().isEqualTo(tuple("Crest", "Firewall rule review", "16:00", "Fri 12:00",
                "not told"));

        robot.targetWindow(table(robot).getScene().getWindow());
        robot.press(KeyCode.ALT, KeyCode.N).release(KeyCode.N, KeyCode.ALT);
        inDialog(robot);
        robot.write("e");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(war.store.communications().forIncident(war.incident.id()))
                .extracting(Communication::customerId, Communication::kind, Communication::channel)
                .containsExactly(tuple(war.crest.id(), CommunicationKind.EMAIL, "E-mail"));
    }

    /// Keys go to the dialog the view just opened.
    private static void inDialog(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(robot.lookup(".dialog-pane").query().getScene().getWindow());
    }

    @SuppressWarnings("unchecked")
    private static TableView<Row> table(FxRobot robot) {
        return robot.lookup("#deferred-table").queryAs(TableView.class);
    }
}
