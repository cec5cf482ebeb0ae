package dev.sitrep.ui.comms;

import atlantafx.base.theme.PrimerLight;
import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.Customer;
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
import dev.sitrep.ui.comms.CallLogViewModel.CustomerChoice;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class CallLogDialogTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");

    @TempDir
    Path folder;

    private final Workspace workspace = new Workspace();
    private Store store;
    private Incident incident;
    private CallLogViewModel vm;
    private CallLogDialog dialog;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SteppingClock clock = new SteppingClock(NOW);
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        incident = DemoData.load(store, DemoScenario.ZERO_DAY, 1, DemoData.DEFAULT_SEED);
        workspace.operatorProperty().set(store.staff().signIn("Hannah Okafor", StaffRole.TAM));
        workspace.currentIncidentProperty().set(incident);
        vm = new CallLogViewModel(store, workspace, new CurrentThreadTaskExecutor(), clock);
        stage.setScene(new Scene(new Label("console"), 800, 600));
        stage.show();
        dialog = new CallLogDialog(vm);
        dialog.initOwner(stage);
        dialog.show();
    }

    /// Typing goes to the dialog, as it does when the dialog opens over the console.
    @BeforeEach
    void keysToTheDialog(FxRobot robot) {
        robot.targetWindow(dialog.getDialogPane().getScene().getWindow());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aCallIsLoggedWithTheKeyboardAlone(FxRobot robot) {
        CustomerChoice caller = affectedCustomerFoundBy5Letters();
        int before = calls().size();

        robot.write(caller.name().substring(0, 5).toLowerCase(Locale.ROOT));
        robot.type(KeyCode.TAB);                           // takes the highlighted customer; contact follows
        robot.type(KeyCode.TAB).type(KeyCode.RIGHT);       // direction: outbound
        robot.type(KeyCode.TAB);                           // channel: phone
        robot.type(KeyCode.TAB).write("Asks if ActiveSync on phones is affected.");
        robot.type(KeyCode.TAB).type(KeyCode.RIGHT);       // urgency: high
        robot.type(KeyCode.TAB).type(KeyCode.RIGHT);       // callback: +15 min
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        List<Communication> calls = calls();
        assertThat(calls).hasSize(before + 1);
        Communication call = calls.getLast();
        assertThat(call.customerId()).isEqualTo(caller.id());
        assertThat(call.kind()).isEqualTo(CommunicationKind.OUTBOUND_CALL);
        assertThat(call.contact()).isEqualTo(caller.primaryContact().name()).isNotEmpty();
        assertThat(call.channel()).isEqualTo("Phone");
        assertThat(call.summary()).isEqualTo("Asks if ActiveSync on phones is affected.");
        assertThat(call.urgency()).isEqualTo(Urgency.HIGH);
        assertThat(call.loggedBy()).isEqualTo("Hannah Okafor");
        assertThat(call.callbackDue()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(labelTexts(robot)).contains("Call with " + caller.name() + " logged; callback due 09:45.");
        assertThat(field(robot, "#call-customer").getText()).isEmpty();
        assertThat(field(robot, "#call-customer").isFocused()).isTrue();
        assertThat(dialog.isShowing()).isTrue();
    }

    @Test
    void altKeysSetDirectionAndUrgencyAndShiftEnterStartsANewLine(FxRobot robot) {
        CustomerChoice caller = affectedCustomerFoundBy5Letters();
        robot.write(caller.name());
        robot.press(KeyCode.ALT, KeyCode.O).release(KeyCode.O, KeyCode.ALT);
        robot.press(KeyCode.ALT, KeyCode.H).release(KeyCode.H, KeyCode.ALT);
        robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        robot.write("First line");
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        robot.write("second line");
        assertThat(((TextArea) robot.lookup("#call-summary").query()).getText()).isEqualTo("First line\nsecond line");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Communication call = calls().getLast();
        assertThat(call.customerId()).isEqualTo(caller.id());
        assertThat(call.kind()).isEqualTo(CommunicationKind.OUTBOUND_CALL);
        assertThat(call.urgency()).isEqualTo(Urgency.HIGH);
        assertThat(call.summary()).isEqualTo("First line\nsecond line");
    }

    @Test
    void enterAndEscapeWorkOnTheOpenCompletionListFirst(FxRobot robot) {
        CustomerChoice caller = affectedCustomerFoundBy5Letters();
        int before = calls().size();
        robot.write(caller.name().substring(0, 5));
        assertThat(completionShowing()).isTrue();

        robot.type(KeyCode.ESCAPE);
        assertThat(completionShowing()).isFalse();
        assertThat(dialog.isShowing()).isTrue();

        robot.type(KeyCode.DOWN);
        assertThat(completionShowing()).isTrue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(field(robot, "#call-customer").getText()).isEqualTo(caller.name());
        assertThat(field(robot, "#call-contact").getText()).isEqualTo(caller.primaryContact().name());
        assertThat(completionShowing()).isFalse();
        assertThat(calls()).hasSize(before);
    }

    @Test
    void aMisspelledCustomerIsNamedUnderItsFieldAndNothingIsLogged(FxRobot robot) {
        int before = calls().size();
        robot.write("Zentih");
        robot.type(KeyCode.TAB);
        assertThat(labelTexts(robot)).contains("Customer: no customer called \"Zentih\"; pick one from the list.");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(labelTexts(robot)).contains("Summary: say what the call was about.");
        assertThat(field(robot, "#call-customer").isFocused()).isTrue();
        assertThat(calls()).hasSize(before);
    }

    /// An affected customer whose first five letters appear in no other customer's name, so the completion
    /// list offers it alone.
    private CustomerChoice affectedCustomerFoundBy5Letters() {
        List<String> names = store.inventory().customers().stream().map(Customer::name)
                .map(name -> name.toLowerCase(Locale.ROOT)).toList();
        return vm.suggestions().stream().filter(choice -> {
            String prefix = choice.name().substring(0, 5).toLowerCase(Locale.ROOT);
            return names.stream().filter(name -> name.contains(prefix)).count() == 1
                    && !choice.primaryContact().name().isEmpty();
        }).findFirst().orElseThrow();
    }

    private List<Communication> calls() {
        return store.communications().forIncident(incident.id()).stream()
                .filter(c -> c.loggedBy().equals("Hannah Okafor") && !c.at().isBefore(NOW)).toList();
    }

    private static boolean completionShowing() {
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream().anyMatch(window -> window instanceof Popup && window.isShowing());
    }

    private static TextField field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }

    private static List<String> labelTexts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".call-log .label").queryAllAs(Label.class).stream().filter(Node::isVisible)
                .map(Label::getText).toList();
    }
}
