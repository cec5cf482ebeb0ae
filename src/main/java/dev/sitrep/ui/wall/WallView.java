package dev.sitrep.ui.wall;

import dev.sitrep.domain.BurnUp;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.StatusTotals;
import dev.sitrep.domain.Text;
import dev.sitrep.domain.UpdateSchedule.Urgency;
import dev.sitrep.domain.WallPages;
import dev.sitrep.domain.WallTile;
import dev.sitrep.ui.common.StatusStyles;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/// The wall display: what a war room reads from across the room. A header with the incident, its clocks
/// and the countdown to the next customer update; the figures of the whole incident; a tile per affected
/// site, worst first, in pages that turn by themselves when they do not all fit; the burn-up of recovered
/// devices and the latest journal lines.
///
/// Everything is sized from the screen's height, so a 4K screen shows the same wall twice as large:
/// numbers at least 48 px and names at least 28 px on a 1080p screen. Status is a word and a colour, never
/// a colour alone.
public final class WallView extends BorderPane {

    /// The smallest legible tile on a 1080p screen; larger screens scale it.
    static final double TILE_WIDTH = 440;
    static final double TILE_HEIGHT = 232;
    static final double GAP = 16;
    /// How long a page stays before the next one comes.
    static final Duration PAGE_TIME = Duration.seconds(12);

    private final WallViewModel vm;
    private final GridPane grid = new GridPane();
    private final Label pageIndicator = new Label();
    private final AreaChart<Number, Number> burnUp;
    private final Timeline clock;
    private final Timeline pager;
    private final List<WallTileView> tileViews = new ArrayList<>();
    private boolean tilesDirty = true;
    private WallPages pages = new WallPages(1, 1, 0);
    private final XYChart.Series<Number, Number> burnUpSeries = new XYChart.Series<>();
    private BurnUp drawnBurnUp;
    private int page;

    public WallView(WallViewModel vm) {
        this.vm = vm;
        getStyleClass().add("wall");
        getStylesheets().add(Objects.requireNonNull(WallView.class.getResource("wall.css")).toExternalForm());
        this.burnUp = burnUpChart();
        setTop(new VBox(header(), figures()));
        grid.getStyleClass().add("wall-tiles");
        grid.setHgap(GAP);
        grid.setVgap(GAP);
        pageIndicator.getStyleClass().add("wall-page");
        StackPane tileArea = new StackPane(grid);
        tileArea.setMinHeight(0);
        VBox.setVgrow(tileArea, Priority.ALWAYS);
        HBox pageRow = new HBox(pageIndicator);
        pageRow.setAlignment(Pos.CENTER_RIGHT);
        VBox center = new VBox(tileArea, pageRow);
        center.getStyleClass().add("wall-center");
        setCenter(center);
        setBottom(bottom());

        // Sizes follow the screen: 16 px text on 1080 lines, 32 px on 2160.
        heightProperty().subscribe(height -> setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                16 * Math.max(1, height.doubleValue() / 1080))));
        tileArea.layoutBoundsProperty().subscribe(_ -> tilesChanged());
        vm.tiles().subscribe(this::tilesChanged);
        vm.highlighted().subscribe(this::tilesChanged);
        vm.burnUpProperty().subscribe(this::drawBurnUp);
        // "changed 3 min ago" and the stale marks move with the minutes.
        vm.nowProperty().map(now -> now.truncatedTo(ChronoUnit.MINUTES)).subscribe(_ -> tilesChanged());
        vm.staleAfterProperty().subscribe(_ -> tilesChanged());

        clock = new Timeline(new KeyFrame(Duration.seconds(1), _ -> vm.tick()));
        clock.setCycleCount(Timeline.INDEFINITE);
        pager = new Timeline(new KeyFrame(PAGE_TIME, _ -> turnPage()));
        pager.setCycleCount(Timeline.INDEFINITE);
    }

    /// Starts the clock and the pages; the window calls it when it shows the wall.
    public void start() {
        vm.tick();
        clock.play();
        pager.play();
    }

    public void stop() {
        clock.stop();
        pager.stop();
    }

    /// Shows the next page of tiles, back to the first after the last.
    void turnPage() {
        if (pages.pages()) {
            page = (page + 1) % pages.pageCount();
            tilesChanged();
        }
    }

    // Header: incident, clocks, countdown

    private VBox header() {
        Label code = boundLabel("wall-code");
        Label severity = boundLabel("wall-severity");
        Label phase = boundLabel("wall-phase");
        Label title = boundLabel("wall-title");
        for (Label fixed : List.of(code, severity, phase)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        title.setMinWidth(0);
        vm.incidentProperty().subscribe(incident -> showIncident(incident, code, severity, title, phase));
        HBox identity = new HBox(16, code, severity, phase, title);
        identity.setAlignment(Pos.BASELINE_LEFT);

        VBox elapsed = figure("Elapsed", vm.elapsedProperty(), "wall-elapsed");
        VBox local = figure("Local time", vm.localTimeProperty(), "wall-time");
        VBox next = figure("Next customer update", vm.nextUpdateProperty(), "wall-next-update");
        Label countdown = (Label) next.getChildren().getLast();
        Label owedTo = boundLabel("wall-next-customer");
        owedTo.textProperty().bind(vm.nextUpdateCustomerProperty());
        owedTo.setMinWidth(0);
        HBox countdownRow = new HBox(16, countdown, owedTo);
        countdownRow.setAlignment(Pos.BASELINE_LEFT);
        next.getChildren().setAll(next.getChildren().getFirst(), countdownRow);
        vm.urgencyProperty().subscribe(urgency -> {
            countdown.getStyleClass().removeAll("later", "soon", "overdue");
            if (urgency != Urgency.NONE) {
                countdown.getStyleClass().add(urgency.name().toLowerCase(Locale.ROOT));
            }
        });
        HBox.setHgrow(next, Priority.ALWAYS);
        HBox clocks = new HBox(56, elapsed, local, next, facts());
        clocks.setAlignment(Pos.BOTTOM_LEFT);
        VBox header = new VBox(8, identity, clocks);
        header.getStyleClass().add("wall-header");
        return header;
    }

    private static void showIncident(Incident incident, Label code, Label severity, Label title, Label phase) {
        code.setText(incident == null ? "No incident" : incident.code());
        severity.setText(incident == null ? "" : incident.severity().label().toUpperCase(Locale.ROOT));
        severity.setVisible(incident != null);
        severity.getStyleClass().removeIf(style -> style.startsWith("sev"));
        if (incident != null) {
            severity.getStyleClass().add(incident.severity().name().toLowerCase(Locale.ROOT));
        }
        title.setText(incident == null ? "Choose an incident in the console" : incident.title());
        phase.setText(incident == null ? "" : incident.phase().label());
    }

    private static VBox figure(String caption, ObservableValue<String> value, String style) {
        Label captionLabel = new Label(caption);
        captionLabel.getStyleClass().add("wall-caption");
        Label valueLabel = new Label();
        valueLabel.textProperty().bind(value);
        valueLabel.getStyleClass().addAll("wall-figure", style);
        valueLabel.setMinWidth(Region.USE_PREF_SIZE);
        return new VBox(2, captionLabel, valueLabel);
    }

    // Figures of the whole incident

    /// The incident's devices by status, as words on their colours.
    private HBox figures() {
        HBox statuses = new HBox(12);
        statuses.setAlignment(Pos.CENTER_LEFT);
        vm.totalsProperty().subscribe(totals -> showTotals(statuses, totals));
        statuses.getStyleClass().add("wall-figures");
        return statuses;
    }

    /// The last hour's calls and the open and blocked tasks, at the header's right.
    private VBox facts() {
        Label calls = boundLabel("wall-fact");
        calls.textProperty().bind(vm.callsLastHourProperty().map(n -> Text.count(n.longValue(), "call")
                + " in the last hour"));
        Label tasks = boundLabel("wall-fact");
        Runnable showTasks = () -> tasks.setText(Text.count(vm.openTasksProperty().get(), "open task") + " · "
                + Text.number(vm.blockedTasksProperty().get()) + " blocked");
        vm.openTasksProperty().subscribe(showTasks);
        vm.blockedTasksProperty().subscribe(showTasks);
        showTasks.run();
        VBox facts = new VBox(2, calls, tasks);
        facts.setAlignment(Pos.BOTTOM_RIGHT);
        facts.setMinWidth(Region.USE_PREF_SIZE);
        return facts;
    }

    /// The devices label and a chip per status, made once; a status no device has is left out.
    private static void showTotals(HBox statuses, StatusTotals totals) {
        if (statuses.getChildren().isEmpty()) {
            Label devices = new Label();
            devices.getStyleClass().add("wall-devices");
            devices.setMinWidth(Region.USE_PREF_SIZE);
            statuses.getChildren().add(devices);
            for (DeviceStatus status : DeviceStatus.values()) {
                Label chip = new Label();
                chip.getStyleClass().addAll("wall-status", StatusStyles.of(status));
                chip.setMinWidth(Region.USE_PREF_SIZE);
                statuses.getChildren().add(chip);
            }
        }
        ((Label) statuses.getChildren().getFirst()).setText(Text.count(totals.total(), "device"));
        for (DeviceStatus status : DeviceStatus.values()) {
            Label chip = (Label) statuses.getChildren().get(status.ordinal() + 1);
            int count = totals.count(status);
            chip.setText(Text.number(count) + " " + status.label());
            chip.setVisible(count > 0);
            chip.setManaged(count > 0);
        }
    }

    // Tiles

    /// Something the tiles show changed: they are shown again once, in the next layout pass, however many
    /// changes a reload brings.
    private void tilesChanged() {
        tilesDirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (tilesDirty) {
            tilesDirty = false;
            layoutTiles();
        }
        super.layoutChildren();
    }

    private void layoutTiles() {
        Region area = (Region) grid.getParent();
        if (area == null || area.getWidth() <= 0) {
            return;
        }
        double scale = Math.max(1, getHeight() / 1080);
        List<WallTile> tiles = vm.tiles();
        pages = WallPages.fit(tiles.size(), area.getWidth(), area.getHeight(),
                TILE_WIDTH * scale, TILE_HEIGHT * scale, GAP * scale);
        page = page % pages.pageCount();
        if (grid.getColumnConstraints().size() != pages.columns() || grid.getRowConstraints().size() != pages.rows()) {
            grid.getColumnConstraints().setAll(columnConstraints(pages.columns()));
            grid.getRowConstraints().setAll(rowConstraints(pages.rows()));
        }
        List<WallTile> shown = tiles.subList(Math.min(pages.firstOf(page), tiles.size()), pages.endOf(page));
        // The tiles' nodes stay; each shows the site that comes to its place.
        while (tileViews.size() < shown.size()) {
            tileViews.add(new WallTileView());
        }
        List<WallTileView> used = tileViews.subList(0, shown.size());
        for (int i = 0; i < shown.size(); i++) {
            WallTile tile = shown.get(i);
            used.get(i).show(tile, vm.highlighted().contains(tile.site().siteId()), vm.isStale(tile),
                    vm.sinceLastChange(tile));
            GridPane.setConstraints(used.get(i), i % pages.columns(), i / pages.columns());
        }
        if (!grid.getChildren().equals(used)) {
            grid.getChildren().setAll(used);
        }
        pageIndicator.setText(pages.pages() ? "Page " + (page + 1) + " of " + pages.pageCount()
                + " · " + Text.count(tiles.size(), "site") : "");
        pageIndicator.setVisible(pages.pages());
    }

    private static List<ColumnConstraints> columnConstraints(int columns) {
        List<ColumnConstraints> list = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setHgrow(Priority.ALWAYS);
            list.add(column);
        }
        return list;
    }

    private static List<RowConstraints> rowConstraints(int rows) {
        List<RowConstraints> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(100.0 / rows);
            row.setVgrow(Priority.ALWAYS);
            list.add(row);
        }
        return list;
    }

    // Bottom: burn-up and ticker

    private HBox bottom() {
        VBox ticker = new VBox(6);
        ticker.getStyleClass().add("wall-ticker");
        for (int i = 0; i < WallViewModel.TICKER_LINES; i++) {
            ticker.getChildren().add(tickerRow());
        }
        vm.ticker().subscribe(() -> {
            for (int i = 0; i < ticker.getChildren().size(); i++) {
                HBox row = (HBox) ticker.getChildren().get(i);
                WallViewModel.TickerLine line = i < vm.ticker().size() ? vm.ticker().get(i) : null;
                ((Label) row.getChildren().get(0)).setText(line == null ? "" : line.time());
                ((Label) row.getChildren().get(1)).setText(line == null ? "" : line.actor());
                ((Label) row.getChildren().get(2)).setText(line == null ? "" : line.sentence());
            }
        });
        HBox.setHgrow(ticker, Priority.ALWAYS);
        ticker.setMinWidth(0);
        HBox bottom = new HBox(24, burnUp, ticker);
        bottom.getStyleClass().add("wall-bottom");
        return bottom;
    }

    /// Time, actor and sentence of one journal line; the rows stay, their texts change.
    private static HBox tickerRow() {
        Label time = new Label();
        time.getStyleClass().add("wall-ticker-time");
        time.setMinWidth(Region.USE_PREF_SIZE);
        Label actor = new Label();
        actor.getStyleClass().add("wall-ticker-actor");
        actor.setMinWidth(Region.USE_PREF_SIZE);
        Label sentence = new Label();
        sentence.getStyleClass().add("wall-ticker-sentence");
        HBox row = new HBox(12, time, actor, sentence);
        row.setAlignment(Pos.BASELINE_LEFT);
        return row;
    }

    private AreaChart<Number, Number> burnUpChart() {
        NumberAxis hours = new NumberAxis();
        hours.setLabel("hours since declared");
        hours.setForceZeroInRange(true);
        NumberAxis devices = new NumberAxis();
        devices.setLabel("recovered");
        AreaChart<Number, Number> chart = new AreaChart<>(hours, devices);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.getStyleClass().add("wall-burn-up");
        chart.getData().add(burnUpSeries);
        return chart;
    }

    /// Redraws the curve when it changed; the series stays, only its points are replaced.
    private void drawBurnUp(BurnUp curve) {
        Incident incident = vm.incidentProperty().get();
        if (curve.equals(drawnBurnUp)) {
            return;
        }
        drawnBurnUp = curve;
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        if (incident != null && !curve.points().isEmpty()) {
            Instant now = vm.nowProperty().get();
            for (BurnUp.Point point : curve.sampled(120, now.isAfter(incident.declaredAt()) ? now
                    : incident.declaredAt()).points()) {
                double hours = ChronoUnit.MINUTES.between(incident.declaredAt(), point.at()) / 60.0;
                points.add(new XYChart.Data<>(hours, point.recovered()));
            }
        }
        burnUpSeries.getData().setAll(points);
    }


    private static Label boundLabel(String style) {
        Label label = new Label();
        label.getStyleClass().add(style);
        return label;
    }
}
