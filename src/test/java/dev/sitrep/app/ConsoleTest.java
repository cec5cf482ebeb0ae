package dev.sitrep.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentDraft;
import dev.sitrep.domain.IncidentKind;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Severity;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.inventory.InventoryView;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
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
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/// The console from a first start on an empty database: sign in, welcome, an incident from another console,
/// screen shortcuts and the theme.
@ExtendWith(ApplicationExtension.class)
class ConsoleTest {

    @TempDir
    Path folder;

    private final Preferences node = Preferences.userRoot().node("/dev/sitrep-test/console-" + UUID.randomUUID());
    private final Settings settings = new Settings(node);
    private Store store;
    private Console console;
    private int exits;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("console")), Clock.systemDefaultZone());
        console = new Console(stage, store, settings, Clock.systemDefaultZone(), new CurrentThreadTaskExecutor(),
                new WindowPlacement(), () -> exits++);
        console.show();
    }

    @AfterEach
    void close() throws BackingStoreException {
        console.close();
        store.close();
        node.removeNode();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void firstStartSignsInThenWelcomesWithThreeActions(FxRobot robot) {
        DialogPane signIn = robot.lookup(".sign-in").queryAs(DialogPane.class);
        Button signInButton = (Button) signIn.lookupButton(dev.sitrep.ui.signin.SignInDialog.SIGN_IN);
        assertThat(signInButton.isDisabled()).as("nothing typed yet").isTrue();

        signInAs(robot, "Priya Shah");

        Operator operator = console.workspace().operator();
        assertThat(operator.name()).isEqualTo("Priya Shah");
        assertThat(operator.role()).isEqualTo(StaffRole.ENGINEER);
        assertThat(settings.operator()).contains(new Settings.RememberedOperator("Priya Shah", StaffRole.ENGINEER));
        assertThat(robot.lookup(".sign-in").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(robot.lookup("#status-operator").queryLabeled().getText()).isEqualTo("Priya Shah · engineer");

        assertThat(robot.lookup(".welcome").tryQuery()).isPresent();
        Button declare = robot.lookup(".welcome .button").match(hasText("Declare an incident")).queryButton();
        Button ransomware = robot.lookup(".welcome .button").match(hasText("Ransomware")).queryButton();
        Button importInventory = robot.lookup(".welcome .button").match(hasText("Import inventory")).queryButton();
        assertThat(declare.isVisible() && !declare.isDisabled()).isTrue();
        assertThat(ransomware.isVisible() && !ransomware.isDisabled()).isTrue();
        assertThat(importInventory.isVisible() && !importInventory.isDisabled()).isTrue();
        assertThat(robot.lookup(".shell-menu").queryAs(javafx.scene.control.MenuBar.class).getMenus().getFirst()
                .getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .contains("Import inventory from _CSV…", "_Import JSON snapshot…", "_Export database as JSON…");
        assertThat(exits).isZero();
    }

    @Test
    void anIncidentDeclaredFromTheWelcomeIsOnTheTimelineWithItsOperator(FxRobot robot) {
        signInAs(robot, "Priya Shah");

        robot.clickOn("Declare an incident");
        robot.targetWindow(robot.lookup(".dialog-pane").query().getScene().getWindow());
        robot.write("Exchange zero-day");
        robot.type(KeyCode.TAB).type(KeyCode.DOWN);        // kind: vulnerability
        robot.type(KeyCode.TAB).type(KeyCode.DOWN);        // severity: SEV1
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB, 2).release(KeyCode.SHIFT).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(console.workspace().currentIncident()).as("declared").isNotNull();
        waitUntil(() -> robot.lookup("#incident-switcher .switcher-code").tryQuery().isPresent());
        assertThat(robot.lookup("#incident-switcher .switcher-code").queryLabeled().getText())
                .as("the switcher draws the new incident as a row, not as plain text").isEqualTo("INC-2026-0001");
        // Monocle leaves the keyboard with the closed dialog, where a desktop hands it back to the main window
        robot.interact(robot.lookup(".shell").query().getScene().getWindow()::requestFocus);
        // the focus is back on the incident switcher, a combo box, which must not swallow the shortcut
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        waitUntil(() -> robot.lookup(".timeline-sentence").tryQuery().isPresent());
        assertThat(robot.lookup(".timeline-actor").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsExactly("Priya Shah");
        assertThat(robot.lookup(".timeline-sentence").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsExactly("declared INC-2026-0001: Exchange zero-day");
        assertThat(store.journal().after(0, 10)).isNotEmpty().allSatisfy(entry ->
                assertThat(entry.actor()).as("every journal entry carries the operator").isEqualTo("Priya Shah"));
    }

    @Test
    void anIncidentFromAnotherConsoleOpensTheScreensAndTheShortcutsSwitchThem(FxRobot robot) {
        signInAs(robot, "Priya Shah");
        Operator elsewhere = store.staff().signIn("Sam Okafor", StaffRole.COMMANDER);

        Incident declared = store.incidents().declare(new IncidentDraft("Exchange zero-day",
                IncidentKind.VULNERABILITY, Severity.SEV1, elsewhere.staffId(), "", Duration.ofMinutes(30)), elsewhere);

        waitUntil(() -> robot.lookup(".incident-view").tryQuery().isPresent());
        // the screens appear while the FX thread is still handling the new incident: let it finish
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> switcher = robot.lookup("#incident-switcher").queryComboBox();
        assertThat(((Incident) switcher.getValue()).id()).isEqualTo(declared.id());
        assertThat(robot.lookup(".welcome").tryQuery()).isEmpty();
        assertThat(robot.lookup("#status-connection").queryLabeled().getText())
                .isEqualTo("shared with another console");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".incident-view").tryQuery()).isEmpty();
        Node inventory = robot.lookup(node -> node instanceof InventoryView).query();
        assertThat(inventory.isVisible()).isTrue();
        assertThat(robot.lookup("#nav-inventory").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();
        robot.write("EXCH");
        assertThat(robot.lookup("#inventory-filter").queryTextInputControl().getText())
                .as("the keyboard moved into the screen just shown").isEqualTo("EXCH");
    }

    @Test
    void theThemeShortcutSwitchesTheUserAgentStylesheet(FxRobot robot) {
        signInAs(robot, "Priya Shah");
        String light = new PrimerLight().getUserAgentStylesheet();
        String dark = new PrimerDark().getUserAgentStylesheet();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(light);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(dark);
        assertThat(settings.theme()).isEqualTo(dev.sitrep.ui.shell.Theme.DARK);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(light);
    }

    private static void signInAs(FxRobot robot, String name) {
        robot.clickOn("#sign-in-name").write(name);
        robot.clickOn("#sign-in-role").type(KeyCode.DOWN, 2).type(KeyCode.ENTER);
        robot.clickOn("Sign in");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static java.util.function.Predicate<Node> hasText(String text) {
        return node -> node instanceof Button button && button.getText().equals(text);
    }

    /// Waits for the change feed, which polls on its own thread every half second.
    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the console did not catch up with the change within 10 seconds", e);
        }
    }
}
