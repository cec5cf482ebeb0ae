package dev.sitrep.ui.board;

import dev.sitrep.Medians;
import atlantafx.base.theme.PrimerLight;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.TimedFxExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/// The task board with the 3,000 tasks of the ransomware demo at `--scale 10`, at 1920x1080.
///
/// Prints `BENCH board.filter.fx` (FX-thread time to apply a text filter and lay the board out) and
/// `BENCH board.move.fx` (FX-thread time to show the board after a card moved; the store work runs off the
/// FX thread). Medians of nine after five runs to warm up. Goal: under 16 ms each.
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class TaskBoardBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 9;

    @TempDir
    Path folder;

    private final TimedFxExecutor executor = new TimedFxExecutor();
    private Store store;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene = new Scene(new StackPane(), 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void filterAndMoveWithThreeThousandTasks(FxRobot robot) {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("board")), Clock.systemUTC());
        Incident incident = DemoData.load(store, DemoScenario.RANSOMWARE, 10, DemoData.DEFAULT_SEED);
        Workspace workspace = new Workspace();
        workspace.operatorProperty().set(store.staff().signIn("Priya Shah", StaffRole.COMMANDER));
        TaskBoardViewModel vm = new TaskBoardViewModel(store, workspace, executor, Clock.systemUTC(),
                BoardPreferences.NONE);
        robot.interact(() -> {
            workspace.currentIncidentProperty().set(incident);
            scene.setRoot(new TaskBoardView(vm, new BoardParts(
                    new RosterViewModel(store, workspace, executor, Clock.systemUTC()),
                    new DowntimeViewModel(store, workspace, executor, Clock.systemUTC()),
                    new TaskEditorViewModel(store, workspace, executor, Clock.systemUTC()),
                    () -> new BulkTasksViewModel(store, workspace, executor, Clock.systemUTC()))));
        });
        executor.runPending();

        List<Long> filters = new ArrayList<>();
        String[] texts = {"plant", "", "reimage", "", "verify"};
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            String text = texts[run % texts.length];
            long[] took = new long[1];
            robot.interact(() -> took[0] = executor.timeOnFxThread(() -> vm.textProperty().set(text)));
            if (run >= WARM_UP) {
                filters.add(took[0]);
            }
        }
        robot.interact(() -> vm.textProperty().set(""));

        List<Long> moves = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            UUID card = vm.column(TaskStatus.TODO).get(run).id();
            robot.interact(() -> vm.move(card, TaskStatus.IN_PROGRESS, ""));
            long fx = executor.runPending();
            if (run >= WARM_UP) {
                moves.add(fx);
            }
        }

        System.out.printf("BENCH board.filter.fx %.1f ms%n", Medians.of(filters) / 1e6);
        System.out.printf("BENCH board.move.fx %.1f ms%n", Medians.of(moves) / 1e6);
        int shown = 0;
        for (TaskStatus status : TaskStatus.values()) {
            shown += vm.column(status).size();
        }
        System.out.printf("board: %d tasks shown; goal under 16 ms each%n", shown);
    }
}
