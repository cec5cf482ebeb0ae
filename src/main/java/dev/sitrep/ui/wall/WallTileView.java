package dev.sitrep.ui.wall;

import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.StatusTotals;
import dev.sitrep.domain.Text;
import dev.sitrep.domain.WallTile;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/// One site on the wall: customer and site, its status as a word on its colour, devices back (restored or
/// verified) of all affected with a bar, what is still down or isolated, its tasks, and how long since
/// anything changed there, marked stale when too long.
final class WallTileView extends VBox {

    WallTileView(WallTile tile, WallViewModel vm) {
        StatusTotals statuses = tile.site().statuses();
        DeviceStatus worst = statuses.worstStatus();
        getStyleClass().addAll("wall-tile", WallView.statusStyle(worst));
        if (vm.highlighted().contains(tile.site().siteId())) {
            getStyleClass().add("changed");
        }

        // The status word sits beside the customer, so the site's name has the tile's whole width.
        Label customer = label(tile.customerName(), "wall-tile-customer");
        Label status = label(worst.label(), "wall-tile-status");
        status.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, customer, spacer, status);
        top.setAlignment(Pos.CENTER_LEFT);
        Label site = label(tile.site().siteName(), "wall-tile-site");

        Label recovered = label(Text.number(statuses.recovered()), "wall-tile-number");
        Label total = label("/ " + Text.number(statuses.total()) + " back", "wall-tile-total");
        HBox count = new HBox(10, recovered, total);
        count.setAlignment(Pos.BASELINE_LEFT);
        ProgressBar progress = new ProgressBar(statuses.progress());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.getStyleClass().add("wall-tile-progress");

        Label open = label(openText(statuses), "wall-tile-line");
        open.setWrapText(true);
        open.setMinHeight(Region.USE_PREF_SIZE);
        Label tasks = label(Text.count(tile.openTasks(), "open task") + (tile.blockedTasks() > 0
                ? " · " + tile.blockedTasks() + " blocked" : ""), "wall-tile-line");
        if (tile.blockedTasks() > 0) {
            tasks.getStyleClass().add("blocked");
        }
        Label since = label("changed " + vm.sinceLastChange(tile), "wall-tile-since");
        HBox last = new HBox(10, since);
        last.setAlignment(Pos.CENTER_LEFT);
        if (vm.isStale(tile)) {
            last.getChildren().add(label("STALE", "wall-tile-stale"));
            getStyleClass().add("stale");
        }
        getChildren().setAll(top, site, count, progress, open, tasks, last);
        setMinWidth(0);
    }

    /// "3 down · 12 isolated", or what still stands in the way when neither.
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

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setMinWidth(0);
        return label;
    }
}
