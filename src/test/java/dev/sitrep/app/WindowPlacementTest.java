package dev.sitrep.app;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D LEFT_MONITOR = new Rectangle2D(-2560, 0, 2560, 1440);

    @Test
    void keepsAPlaceThatIsOnAScreen() {
        WindowBounds onTheLeft = new WindowBounds(-2000, 100, 1400, 900, false);

        assertThat(WindowPlacement.choose(Optional.of(onTheLeft), List.of(LAPTOP, LEFT_MONITOR), LAPTOP))
                .isEqualTo(onTheLeft);
    }

    @Test
    void centresOnThePrimaryScreenWhenTheMonitorItWasOnIsGone() {
        WindowBounds onTheLeft = new WindowBounds(-2000, 100, 1400, 900, true);

        WindowBounds chosen = WindowPlacement.choose(Optional.of(onTheLeft), List.of(LAPTOP), LAPTOP);

        assertThat(chosen).isEqualTo(new WindowBounds(320, 140, 1280, 800, true));
    }

    @Test
    void movesAWindowWhoseTitleBarIsAboveTheScreen() {
        WindowBounds titleBarHidden = new WindowBounds(100, -400, 1200, 900, false);

        assertThat(WindowPlacement.isReachable(titleBarHidden, List.of(LAPTOP))).isFalse();
    }

    @Test
    void keepsAWindowMostlyOffTheEdgeWhileItsTitleBarCanBeGrabbed() {
        WindowBounds hangingOff = new WindowBounds(1700, 500, 1200, 900, false);

        assertThat(WindowPlacement.isReachable(hangingOff, List.of(LAPTOP))).isTrue();
    }

    @Test
    void fitsTheFirstWindowOnASmallScreen() {
        Rectangle2D small = new Rectangle2D(0, 0, 1024, 700);

        WindowBounds chosen = WindowPlacement.choose(Optional.empty(), List.of(small), small);

        assertThat(chosen.width()).isLessThanOrEqualTo(1024 * 0.9);
        assertThat(chosen.height()).isLessThanOrEqualTo(700 * 0.9);
        assertThat(chosen.maximized()).isFalse();
    }
}
