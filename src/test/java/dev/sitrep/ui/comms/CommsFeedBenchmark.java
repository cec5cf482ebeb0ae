package dev.sitrep.ui.comms;

import atlantafx.base.theme.PrimerLight;
import dev.sitrep.Medians;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.SteppingClock;
import dev.sitrep.ui.common.TimedFxExecutor;
import dev.sitrep.ui.common.Workspace;
import dev.sitrep.ui.comms.CommsFeedViewModel.FeedRow;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/// The communications feed with the 20,000 communications of the ransomware demo at `--scale 10`, at
/// 1920x1080.
///
/// Prints `BENCH comms.filter.fx` (FX-thread time to apply a text filter and lay the feed out),
/// `BENCH comms.filter.fx.baseline` (the same filters on a plain table of the same rows, eight columns of
/// text: what JavaFX itself costs), `BENCH comms.tick.fx` (a tick a minute later, callbacks worked out
/// again and the feed laid out) and `BENCH comms.reload.fx` (FX-thread time to show all rows read again;
/// the store work runs off the FX thread). Medians of nine after ten runs to warm up (the feed's
/// cells are more code than the baseline's, and five left them half compiled). Goal: under 16 ms
/// each.
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class CommsFeedBenchmark {

    private static final int WARM_UP = 10;
    private static final int RUNS = 9;
    private static final String[] TEXTS = {"plant", "", "insurer callback", "", "backup"};

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
    void filterTickAndReloadWithTwentyThousandCommunications(FxRobot robot) {
        SteppingClock clock = new SteppingClock(Instant.now());
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("feed")), clock);
        Incident incident = DemoData.load(store, DemoScenario.RANSOMWARE, 10, DemoData.DEFAULT_SEED);
        Workspace workspace = new Workspace();
        workspace.operatorProperty().set(store.staff().signIn("Priya Shah", StaffRole.COMMANDER));
        CommsFeedViewModel vm = new CommsFeedViewModel(store, workspace, executor, clock);
        robot.interact(() -> {
            workspace.currentIncidentProperty().set(incident);
            scene.setRoot(new CommsFeedView(vm));
        });
        executor.runPending();
        int communications = vm.rows().size();

        List<Long> filters = runs(robot, run -> vm.textProperty().set(TEXTS[run % TEXTS.length]));
        robot.interact(() -> vm.textProperty().set(""));
        List<Long> ticks = runs(robot, _ -> {
            clock.advance(Duration.ofMinutes(1));
            vm.tick();
        });
        List<Long> reloads = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            robot.interact(vm::reload);
            long fx = executor.runPending();
            if (run >= WARM_UP) {
                reloads.add(fx);
            }
        }
        List<Long> baseline = baseline(robot, vm.rows());

        System.out.printf("BENCH comms.filter.fx %.1f ms%n", Medians.of(filters) / 1e6);
        System.out.printf("BENCH comms.filter.fx.baseline %.1f ms%n", Medians.of(baseline) / 1e6);
        System.out.printf("BENCH comms.tick.fx %.1f ms%n", Medians.of(ticks) / 1e6);
        System.out.printf("BENCH comms.reload.fx %.1f ms%n", Medians.of(reloads) / 1e6);
        System.out.printf("comms feed: %,d communications; goal under 16 ms each%n", communications);
    }

    /// Times `change` on the FX thread with the layout it causes, after runs to warm up.
    private List<Long> runs(FxRobot robot, Consumer<Integer> change) {
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            int index = run;
            long[] took = new long[1];
            robot.interact(() -> took[0] = executor.timeOnFxThread(() -> change.accept(index)));
            if (run >= WARM_UP) {
                times.add(took[0]);
            }
        }
        return times;
    }

    /// The same text filters on a plain table of the same rows: eight columns of plain text, no icons, colours,
    /// buttons or tooltips.
    private List<Long> baseline(FxRobot robot, List<FeedRow> rows) {
        FilteredList<FeedRow> shown = new FilteredList<>(FXCollections.observableArrayList(rows));
        robot.interact(() -> {
            TableView<FeedRow> table = new TableView<>(shown);
            List<Function<FeedRow, String>> texts = List.of(FeedRow::time, row -> row.kind().label(),
                    FeedRow::customer, row -> row.communication().contact(), FeedRow::firstLine,
                    row -> row.communication().urgency().label(), row -> row.communication().loggedBy(),
                    FeedRow::callbackText);
            for (Function<FeedRow, String> text : texts) {
                TableColumn<FeedRow, String> column = new TableColumn<>("Column");
                column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
                column.setPrefWidth(200);
                table.getColumns().add(column);
            }
            table.setFixedCellSize(34);
            scene.setRoot(table);
        });
        return runs(robot, run -> {
            String wanted = TEXTS[run % TEXTS.length];
            shown.setPredicate(wanted.isEmpty() ? null : row -> row.searchText().contains(wanted));
        });
    }
}
