package dev.sitrep.ui.handover;

import atlantafx.base.theme.PrimerLight;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.io.print.PrintDocument.Paper;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.ScriptedFilePicker;
import dev.sitrep.ui.common.SteppingClock;
import dev.sitrep.ui.common.Workspace;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/// The Handover screen driven from the keyboard, on the zero-day demo.
@ExtendWith(ApplicationExtension.class)
class HandoverViewTest {

    @TempDir
    Path folder;

    private final ScriptedFilePicker files = new ScriptedFilePicker();
    private Store store;
    private HandoverViewModel vm;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SteppingClock clock = new SteppingClock(Instant.parse("2026-03-12T14:37:21Z"));
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("db")), clock);
        Incident incident = DemoData.load(store, DemoScenario.ZERO_DAY, 1, DemoData.DEFAULT_SEED);
        Workspace workspace = new Workspace();
        workspace.operatorProperty().set(store.staff().signIn("Priya Shah", StaffRole.MANAGER));
        workspace.currentIncidentProperty().set(incident);
        vm = new HandoverViewModel(store, workspace, new CurrentThreadTaskExecutor(), files,
                (job, pages) -> Optional.of("Printer"), clock, Duration.ofMillis(300));
        vm.paperProperty().set(Paper.A4);
        stage.setScene(new Scene(new HandoverView(vm), 1600, 1000));
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void thePreviewShowsEveryPageOfTheSheet(FxRobot robot) {
        assertThat(robot.lookup(".handover-page").queryAll()).hasSize(vm.pages().size()).isNotEmpty();
        assertThat(robot.lookup("#handover-page-count").queryAs(Label.class).getText())
                .isEqualTo(vm.pages().size() + " pages · A4");
    }

    @Test
    void notesWrittenAndSavedFromTheKeyboardArePrinted(FxRobot robot) throws IOException {
        Path file = folder.resolve("handover.pdf");
        files.answer(file);

        robot.press(KeyCode.ALT, KeyCode.N).release(KeyCode.N, KeyCode.ALT);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Call Acme first");
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#handover-message").queryAs(Label.class).getText()).startsWith("Saved handover.pdf: ");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Call Acme first");
        }
    }

    @Test
    void aShiftStartThatIsNoTimeIsNamedAndSavingWaits(FxRobot robot) {
        robot.press(KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("soon");
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        Node problem = robot.lookup(".handover-problem").match(Node::isVisible).query();
        assertThat(((Label) problem).getText()).startsWith("From: \"soon\" is not a time");
        assertThat(robot.lookup("#handover-save").queryAs(Button.class).isDisabled()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        assertThat(files.asked).isEmpty();
    }
}
