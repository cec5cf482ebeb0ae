package dev.sitrep.ui.inventoryimport;

import atlantafx.base.theme.PrimerLight;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.io.csv.PlanRow;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.Workspace;
import dev.sitrep.ui.common.ScriptedFilePicker;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class InventoryImportDialogTest {

    @TempDir
    Path folder;

    private Store store;
    private final Workspace workspace = new Workspace();
    private final ScriptedFilePicker picker = new ScriptedFilePicker();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("wizard")), Clock.systemUTC());
        workspace.operatorProperty().set(store.staff().signIn("Priya Shah", StaffRole.ENGINEER));
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void previewsTheChosenFileAndEnterImportsIt(FxRobot robot) {
        picker.answer(csv("acme.csv", InventoryImportViewModelTest.ACME));
        open(robot);

        TableView<PlanRow> table = robot.lookup("#import-rows").queryTableView();
        assertThat(table.getItems()).extracting(PlanRow::hostname).containsExactly("EXCH-01", "EXCH-02", "FW-01");
        assertThat(statusWords(robot)).containsExactly("new", "new", "new");
        assertThat(robot.lookup("#import-message").queryLabeled().getText()).startsWith("Ready to import acme.csv");
        assertThat(robot.lookup(".count-chip").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsExactly("3 new", "0 updated", "0 unchanged", "0 errors");
        Button importButton = robot.lookup("#import-apply").queryButton();
        assertThat(importButton.isDisabled()).isFalse();
        assertThat(store.counts().devices()).as("nothing written by the preview").isZero();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store.inventory().devices()).extracting(Device::hostname)
                .containsExactly("EXCH-01", "EXCH-02", "FW-01");
        assertThat(robot.lookup("#import-message").queryLabeled().getText())
                .isEqualTo("Imported acme.csv: 3 new, 0 updated, 0 unchanged (1 new customer, 2 new sites).");
        assertThat(importButton.isDisabled()).isTrue();
        assertThat(robot.lookup("#import-cancel").queryButton().getText()).isEqualTo("Close");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".inventory-import").tryQuery()).as("the wizard closed").isEmpty();
    }

    @Test
    void aFileWithProblemsShowsThemPerRowAndEnterImportsNothing(FxRobot robot) {
        picker.answer(csv("broken.csv", InventoryImportViewModelTest.HEADER + "\n"
                + "Acme,Leeds,EXCH-01,server,Exchange,2019,Leeds,1\n"
                + "Acme,Leeds,EXCH-02,router,Exchange,2019,Leeds,1\n"));
        open(robot);

        assertThat(statusWords(robot)).containsExactly("new", "error");
        assertThat(robot.lookup("#import-message").queryLabeled().getText())
                .startsWith("1 problem in broken.csv: nothing can be imported");
        assertThat(robot.lookup("#import-apply").queryButton().isDisabled()).isTrue();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store.counts().devices()).isZero();
        assertThat(robot.lookup(".inventory-import").tryQuery()).as("still open").isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".inventory-import").tryQuery()).as("Esc cancels").isEmpty();
    }

    /// The status words the table shows, top to bottom; the empty cells below the last row say nothing.
    private static java.util.List<String> statusWords(FxRobot robot) {
        return robot.lookup(".status-cell").queryAllAs(Labeled.class).stream()
                .sorted(java.util.Comparator.comparingDouble(cell -> cell.localToScene(0, 0).getY()))
                .map(Labeled::getText).filter(java.util.Objects::nonNull).toList();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            InventoryImportDialog dialog = new InventoryImportDialog(new InventoryImportViewModel(store, workspace,
                    new CurrentThreadTaskExecutor(), picker));
            dialog.initOwner(stage);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(robot.lookup(".inventory-import").query().getScene().getWindow());
    }

    private Path csv(String name, String text) {
        try {
            return Files.writeString(folder.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
