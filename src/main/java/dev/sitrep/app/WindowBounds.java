package dev.sitrep.app;

/// Where the main window was and how big, as the operator left it.
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public WindowBounds {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a window needs a positive size, not " + width + " x " + height);
        }
    }
}
