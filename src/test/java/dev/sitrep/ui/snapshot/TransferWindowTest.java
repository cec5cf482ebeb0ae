package dev.sitrep.ui.snapshot;

import atlantafx.base.theme.PrimerLight;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.HeldExecutor;
import dev.sitrep.ui.common.RecordingDialogs;
import dev.sitrep.ui.common.ScriptedFilePicker;
import dev.sitrep.ui.common.Workspace;
import javafx.application.Application;
import javafx.scene.Scene;
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
class TransferWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final HeldExecutor executor = new HeldExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ScriptedFilePicker files = new ScriptedFilePicker();
    private Store store;
    private SnapshotViewModel vm;
    private TransferWindow window;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), CLOCK);
        DemoData.load(store, DemoScenario.ZERO_DAY, 1, DemoData.DEFAULT_SEED);
        Workspace workspace = new Workspace();
        workspace.operatorProperty().set(store.staff().signIn("Morgan Reyes", StaffRole.COMMANDER));
        vm = new SnapshotViewModel(store, workspace, executor, dialogs, files, CLOCK);
        stage.setScene(new Scene(new Label("console"), 800, 600));
        stage.show();
        window = new TransferWindow(vm, stage);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void showsWhileATransferRunsAndEscapeCancelsIt(FxRobot robot) {
        Path out = folder.resolve("out.json");
        files.answer(out);

        robot.interact(() -> vm.exportDatabaseCommand().execute());

        assertThat(window.stage().isShowing()).isTrue();
        assertThat(robot.lookup(".transfer-title").queryAs(Label.class).getText()).isEqualTo("Exporting the database");

        robot.interact(() -> window.stage().requestFocus());
        robot.type(KeyCode.ESCAPE);
        robot.interact(executor::runHeld);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.stage().isShowing()).as("gone once the transfer stopped").isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Cancelled. Nothing was written.");
        assertThat(out).doesNotExist();
        assertThat(dialogs.infos).isEmpty();
    }

    @Test
    void aFinishedTransferClosesTheWindowAndReports(FxRobot robot) {
        Path out = folder.resolve("out.json");
        files.answer(out);

        robot.interact(() -> vm.exportDatabaseCommand().execute());
        robot.interact(executor::runHeld);

        assertThat(window.stage().isShowing()).isFalse();
        assertThat(out).isNotEmptyFile();
        assertThat(dialogs.infos).singleElement().asString().startsWith("Export finished");
    }
}
