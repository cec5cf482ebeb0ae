package dev.sitrep.domain;

/// How the wall lays its tiles out on a screen: as many columns and rows of tiles no smaller than legible
/// as fit, and pages when they do not all fit at once.
///
/// @param columns tiles side by side
/// @param rows    rows of tiles on one page
/// @param tiles   how many tiles there are in all
public record WallPages(int columns, int rows, int tiles) {

    public WallPages {
        columns = Math.max(1, columns);
        rows = Math.max(1, rows);
        tiles = Math.max(0, tiles);
    }

    /// The layout of `tiles` tiles in an area of `width` × `height`, each at least `minWidth` × `minHeight`
    /// with `gap` between them. Fewer tiles than fit spread over fewer rows.
    public static WallPages fit(int tiles, double width, double height, double minWidth, double minHeight,
                                double gap) {
        int columns = (int) Math.max(1, Math.floor((width + gap) / (minWidth + gap)));
        int rows = (int) Math.max(1, Math.floor((height + gap) / (minHeight + gap)));
        int neededRows = (int) Math.ceil((double) Math.max(tiles, 1) / columns);
        return new WallPages(columns, Math.min(rows, neededRows), tiles);
    }

    public int perPage() {
        return columns * rows;
    }

    public int pageCount() {
        return Math.max(1, (tiles + perPage() - 1) / perPage());
    }

    /// True when the tiles do not all fit on one page.
    public boolean pages() {
        return pageCount() > 1;
    }

    /// The index of the first tile on `page` (0-based, wrapping around the page count).
    public int firstOf(int page) {
        return Math.floorMod(page, pageCount()) * perPage();
    }

    /// One past the last tile on `page`.
    public int endOf(int page) {
        return Math.min(tiles, firstOf(page) + perPage());
    }
}
