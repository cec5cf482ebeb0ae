package dev.sitrep.ui.wall;

import dev.sitrep.Medians;
import atlantafx.base.theme.PrimerDark;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.Impact;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.TimedFxExecutor;
import dev.sitrep.ui.common.Workspace;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/// The wall on the ransomware demo at `--scale 10` (130 sites, 30,000 devices), at 1920x1080.
///
/// Prints `BENCH wall.build` (FX-thread time to build the wall from loaded data and lay it out) and
/// `BENCH wall.batch100.fx` (FX-thread time to apply a reload after 100 devices changed; the roll-ups are
/// worked out on the store's thread). Medians of nine after five runs to warm up. Goals: build under 200 ms, each
/// batch under 8 ms.
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class WallBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 9;

    @TempDir
    Path folder;

    private final TimedFxExecutor executor = new TimedFxExecutor();
    private Store store;
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(), 1920, 1080);
        scene.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void buildTheWallAndApplyBatchesOfChanges(FxRobot robot) throws Exception {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("wall")), Clock.systemUTC());
        Incident incident = DemoData.load(store, DemoScenario.RANSOMWARE, 10, DemoData.DEFAULT_SEED);
        Operator priya = store.staff().signIn("Priya Shah", StaffRole.COMMANDER);
        Workspace workspace = new Workspace();
        WallViewModel vm = new WallViewModel(store, workspace, executor, Clock.systemUTC(), Duration.ofHours(2));
        robot.interact(() -> workspace.currentIncidentProperty().set(incident));
        executor.runPending();

        List<Long> builds = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            long[] took = new long[1];
            robot.interact(() -> {
                long started = System.nanoTime();
                WallView view = new WallView(vm);
                scene.setRoot(view);
                view.applyCss();
                view.layout();
                took[0] = System.nanoTime() - started;
            });
            if (run >= WARM_UP) {
                builds.add(took[0]);
            }
        }

        List<Impact> impacts = store.impacts().forIncident(incident.id());
        List<Long> batches = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            long head = store.journal().latestSeq();
            List<java.util.UUID> devices = impacts.subList(run * 100, run * 100 + 100).stream()
                    .map(Impact::deviceId).toList();
            store.impacts().setStatus(incident.id(), devices, run % 2 == 0 ? DeviceStatus.VERIFIED
                    : DeviceStatus.RECOVERING, "", priya);
            var entries = store.journal().after(head, 1_000);
            robot.interact(() -> workspace.publish(entries));
            long fx = executor.runPending();
            if (run >= WARM_UP) {
                batches.add(fx);
            }
        }

        System.out.printf("BENCH wall.build %.1f ms%n", Medians.of(builds) / 1e6);
        System.out.printf("BENCH wall.batch100.fx %.1f ms%n", Medians.of(batches) / 1e6);
        System.out.printf("wall: %d tiles; goals: build under 200 ms, batch under 8 ms%n", vm.tiles().size());
    }
}
