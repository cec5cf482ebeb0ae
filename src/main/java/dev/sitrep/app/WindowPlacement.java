package dev.sitrep.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.List;
import java.util.Optional;

/// Puts the main window where the operator left it, unless that place is on no screen any more (a laptop
/// taken off its docking station), and remembers where it is when it closes.
final class WindowPlacement {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;

    /// How much of the title bar must be on a screen for the window to be grabbed and moved.
    private static final double TITLE_BAR_HEIGHT = 32;
    private static final double GRABBABLE_WIDTH = 120;

    private double normalX;
    private double normalY;
    private double normalWidth;
    private double normalHeight;

    /// Where the window goes: the saved bounds when their title bar is on a screen, else centred on the
    /// primary screen at a size that fits it.
    static WindowBounds choose(Optional<WindowBounds> saved, List<Rectangle2D> screens, Rectangle2D primary) {
        if (saved.isPresent() && isReachable(saved.get(), screens)) {
            return saved.get();
        }
        double width = Math.min(DEFAULT_WIDTH, primary.getWidth() * 0.9);
        double height = Math.min(DEFAULT_HEIGHT, primary.getHeight() * 0.9);
        return new WindowBounds(primary.getMinX() + (primary.getWidth() - width) / 2,
                primary.getMinY() + (primary.getHeight() - height) / 2, width, height,
                saved.map(WindowBounds::maximized).orElse(false));
    }

    /// True when enough of the window's title bar lies on one of `screens` to grab it.
    static boolean isReachable(WindowBounds bounds, List<Rectangle2D> screens) {
        Rectangle2D titleBar = new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), TITLE_BAR_HEIGHT);
        return screens.stream().anyMatch(screen -> overlap(titleBar, screen));
    }

    private static boolean overlap(Rectangle2D titleBar, Rectangle2D screen) {
        double width = Math.min(titleBar.getMaxX(), screen.getMaxX()) - Math.max(titleBar.getMinX(), screen.getMinX());
        double height = Math.min(titleBar.getMaxY(), screen.getMaxY())
                - Math.max(titleBar.getMinY(), screen.getMinY());
        return width >= Math.min(GRABBABLE_WIDTH, titleBar.getWidth()) && height >= TITLE_BAR_HEIGHT / 2;
    }

    /// Places `stage` and starts tracking its normal (not maximized) bounds.
    void restore(Stage stage, Optional<WindowBounds> saved) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        WindowBounds bounds = choose(saved, screens, Screen.getPrimary().getVisualBounds());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
        remember(bounds.x(), bounds.y(), bounds.width(), bounds.height());
        stage.xProperty().subscribe(() -> trackNormal(stage));
        stage.yProperty().subscribe(() -> trackNormal(stage));
        stage.widthProperty().subscribe(() -> trackNormal(stage));
        stage.heightProperty().subscribe(() -> trackNormal(stage));
    }

    /// The bounds to save: the normal bounds, and whether the window is maximized over them.
    WindowBounds capture(Stage stage) {
        return new WindowBounds(normalX, normalY, normalWidth, normalHeight, stage.isMaximized());
    }

    private void trackNormal(Stage stage) {
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && stage.getHeight() > 0) {
            remember(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    private void remember(double x, double y, double width, double height) {
        normalX = x;
        normalY = y;
        normalWidth = width;
        normalHeight = height;
    }
}
