package dev.sitrep.ui.wall;

import atlantafx.base.theme.PrimerDark;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.Impact;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.WallTile;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.CurrentThreadTaskExecutor;
import dev.sitrep.ui.common.SteppingClock;
import dev.sitrep.ui.common.Workspace;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class WallViewTest {

    @TempDir
    Path folder;

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-23T09:30:00Z"));
    private final Workspace workspace = new Workspace();
    private Store store;
    private Incident incident;
    private Operator priya;
    private WallViewModel vm;
    private WallView view;

    @Start
    void start(Stage stage) {
        store = Store.open(DatabaseLocation.ofFile(folder.resolve("wall")), clock);
        incident = DemoData.load(store, DemoScenario.ZERO_DAY, 1, DemoData.DEFAULT_SEED);
        priya = store.staff().signIn("Priya Shah", StaffRole.COMMANDER);
        vm = new WallViewModel(store, workspace, new CurrentThreadTaskExecutor(), clock, Duration.ofHours(2));
        workspace.currentIncidentProperty().set(incident);
        view = new WallView(vm);
        Scene scene = new Scene(view, 1920, 1080);
        scene.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void tilesShowWorstFirstAndPageWhenTheyDoNotAllFit(FxRobot robot) {
        List<Node> tiles = List.copyOf(robot.lookup(".wall-tile").queryAll());

        assertThat(tiles).isNotEmpty().hasSizeLessThan(vm.tiles().size());
        assertThat(statusOf(tiles.getFirst())).isEqualTo(vm.tiles().getFirst().site().statuses().worstStatus().label());
        String indicator = robot.lookup(".wall-page").queryLabeled().getText();
        assertThat(indicator).startsWith("Page 1 of ").endsWith(vm.tiles().size() + " sites");

        robot.interact(view::turnPage);

        assertThat(robot.lookup(".wall-page").queryLabeled().getText()).startsWith("Page 2 of ");
        assertThat(siteOf(robot.lookup(".wall-tile").query())).isEqualTo(vm.tiles().get(tiles.size()).site().siteName());
    }

    @Test
    void aStatusChangeReachesItsTileAndHighlightsIt(FxRobot robot) {
        WallTile first = vm.tiles().getFirst();
        UUID site = first.site().siteId();
        Impact open = store.impacts().forIncident(incident.id()).stream()
                .filter(impact -> impact.status().isOpen())
                .filter(impact -> store.inventory().device(impact.deviceId()).orElseThrow().siteId().equals(site))
                .findFirst().orElseThrow();
        long head = store.journal().latestSeq();

        robot.interact(() -> {
            store.impacts().setStatus(incident.id(), List.of(open.deviceId()), DeviceStatus.VERIFIED, "", priya);
            workspace.publish(store.journal().after(head, 100));
        });
        WaitForAsyncUtils.waitForFxEvents();
        // With one more device back the site may have moved down the order, onto another page.
        for (int page = 0; page < vm.tiles().size() && robot.lookup(".wall-tile.changed").tryQuery().isEmpty(); page++) {
            robot.interact(view::turnPage);
        }

        Node changed = robot.lookup(".wall-tile.changed").query();
        assertThat(siteOf(changed)).isEqualTo(first.site().siteName());
        assertThat(robot.from(changed).lookup(".wall-tile-number").queryLabeled().getText())
                .isEqualTo(String.valueOf(first.site().recovered() + 1));
    }

    @Test
    void theCountdownTurnsRedAndQuietSitesAreMarkedStale(FxRobot robot) {
        robot.interact(() -> {
            clock.advance(Duration.ofDays(2));
            vm.tick();
        });

        Label countdown = robot.lookup(".wall-next-update").queryAs(Label.class);
        assertThat(countdown.getStyleClass()).contains("overdue");
        assertThat(countdown.getText()).startsWith("overdue");
        assertThat(robot.lookup(".wall-tile-stale").queryAllAs(Label.class)).isNotEmpty()
                .allSatisfy(stale -> assertThat(stale.getText()).isEqualTo("STALE"));
    }

    private static String statusOf(Node tile) {
        return ((Label) tile.lookup(".wall-tile-status")).getText();
    }

    private static String siteOf(Node tile) {
        return ((Label) tile.lookup(".wall-tile-site")).getText();
    }
}
