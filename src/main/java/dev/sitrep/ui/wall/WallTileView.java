package dev.sitrep.ui.wall;

import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.StatusTotals;
import dev.sitrep.domain.Text;
import dev.sitrep.domain.WallTile;
import dev.sitrep.ui.common.StatusStyles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;


/// One site on the wall: customer and site, its status as a word on its colour, devices back (restored or
/// verified) of all affected with a bar, what is still down or isolated, its tasks, and how long since
/// anything changed there, marked stale when too long.
///
/// A tile's nodes are made once and shown again with each site that comes to its place, so a live wall
/// changes texts and styles rather than building nodes every time something changes.
final class WallTileView extends VBox {


    private final Label customer = label("wall-tile-customer");
    private final Label status = label("wall-tile-status");
    private final Label site = label("wall-tile-site");
    private final Label recovered = label("wall-tile-number");
    private final Label total = label("wall-tile-total");
    private final ProgressBar progress = new ProgressBar();
    private final Label open = label("wall-tile-line");
    private final Label tasks = label("wall-tile-line");
    private final Label since = label("wall-tile-since");
    private final Label stale = label("wall-tile-stale");

    WallTileView() {
        getStyleClass().add("wall-tile");
        // The status word sits beside the count, so customer and site names have the tile's whole width.
        status.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox count = new HBox(10, recovered, total, spacer, status);
        count.setAlignment(Pos.BASELINE_LEFT);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.getStyleClass().add("wall-tile-progress");
        open.setWrapText(true);
        open.setMinHeight(Region.USE_PREF_SIZE);
        stale.setText("STALE");
        HBox last = new HBox(10, since, stale);
        last.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(customer, site, count, progress, open, tasks, last);
        setMinWidth(0);
    }

    /// Shows `tile` here.
    void show(WallTile tile, boolean changed, boolean isStale, String sinceLastChange) {
        StatusTotals statuses = tile.site().statuses();
        DeviceStatus worst = statuses.worstStatus();
        getStyleClass().removeAll(StatusStyles.ALL);
        getStyleClass().add(StatusStyles.of(worst));
        toggle(this, "changed", changed);
        toggle(this, "stale", isStale);
        customer.setText(tile.customerName());
        status.setText(worst.label());
        site.setText(tile.site().siteName());
        recovered.setText(Text.number(statuses.recovered()));
        total.setText("/ " + Text.number(statuses.total()) + " back");
        progress.setProgress(statuses.progress());
        open.setText(openText(statuses));
        tasks.setText(Text.count(tile.openTasks(), "open task")
                + (tile.blockedTasks() > 0 ? " · " + tile.blockedTasks() + " blocked" : ""));
        toggle(tasks, "blocked", tile.blockedTasks() > 0);
        since.setText("changed " + sinceLastChange);
        stale.setVisible(isStale);
        stale.setManaged(isStale);
    }

    private static void toggle(Node node, String style, boolean on) {
        if (!on) {
            node.getStyleClass().remove(style);
        } else if (!node.getStyleClass().contains(style)) {
            node.getStyleClass().add(style);
        }
    }

    /// "3 down · 12 isolated", or "all back" when nothing is left to do.
    private static String openText(StatusTotals statuses) {
        if (statuses.open() == 0) {
            return "all back";
        }
        StringBuilder text = new StringBuilder();
        append(text, statuses.down(), "down");
        append(text, statuses.isolated(), "isolated");
        append(text, statuses.count(DeviceStatus.RECOVERING), "recovering");
        append(text, statuses.count(DeviceStatus.AT_RISK), "at risk");
        append(text, statuses.count(DeviceStatus.UNKNOWN), "unknown");
        return text.toString();
    }

    private static void append(StringBuilder text, int count, String word) {
        if (count > 0) {
            text.append(text.isEmpty() ? "" : " · ").append(Text.number(count)).append(' ').append(word);
        }
    }

    private static Label label(String style) {
        Label label = new Label();
        label.getStyleClass().add(style);
        label.setMinWidth(0);
        return label;
    }
}
