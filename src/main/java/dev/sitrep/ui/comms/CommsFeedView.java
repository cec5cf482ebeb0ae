package dev.sitrep.ui.comms;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.Urgency;
import dev.sitrep.ui.common.FilterBox;
import dev.sitrep.ui.common.ProblemLabel;
import dev.sitrep.ui.comms.CommsFeedViewModel.CallbackState;
import dev.sitrep.ui.comms.CommsFeedViewModel.CustomerName;
import dev.sitrep.ui.comms.CommsFeedViewModel.FeedRow;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/// The communications feed: filters above, every communication of the incident in a virtualized table,
/// newest first, and the selected one in full below. A callback due within 15 minutes reads amber, an
/// overdue one red, both in words too; Ctrl+D, or the Done button on its row, marks a callback made.
public final class CommsFeedView extends BorderPane {

    /// Marks the selected communication's callback done.
    public static final KeyCombination MARK_DONE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    /// How often callbacks due soon and overdue are worked out again while the feed shows.
    static final Duration TICK = Duration.seconds(30);

    private static final double SUMMARY_MIN_WIDTH = 260;
    /// Room for the vertical scroll bar, so the summary column does not push a horizontal one in.
    private static final double SCROLL_BAR_ROOM = 18;

    private final CommsFeedViewModel vm;
    private final TableView<FeedRow> table;
    private boolean selecting;

    public CommsFeedView(CommsFeedViewModel vm) {
        this.vm = vm;
        getStyleClass().add("comms-feed");
        getStylesheets().add(Objects.requireNonNull(CommsFeedView.class.getResource("comms-feed.css"))
                .toExternalForm());
        table = newTable();
        setTop(new VBox(toolbar(), new ProblemLabel(vm.problemProperty(), "feed-problem")));
        setCenter(table);
        setBottom(details());
        keepSelectionInStep();
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (MARK_DONE.match(event)) {
                vm.markDoneCommand().execute();
                event.consume();
            }
        });
        keepCallbacksCurrent();
    }

    /// The table, for the screen to focus.
    public TableView<FeedRow> table() {
        return table;
    }

    // Filters

    private VBox toolbar() {
        CustomTextField text = new CustomTextField();
        text.setLeft(new FontIcon(Material2MZ.SEARCH));
        text.setId("feed-filter");
        text.setPromptText("Customer, contact, summary, who");
        text.setPrefColumnCount(18);
        text.textProperty().bindBidirectional(vm.textProperty());
        ComboBox<CustomerName> customer = FilterBox.of("feed-customer", "Any customer", vm.customers(),
                CustomerName::id, CustomerName::name, vm.customerProperty());
        ComboBox<CommunicationKind> kind = FilterBox.of("feed-kind", "Any kind",
                FXCollections.observableArrayList(Arrays.asList(CommunicationKind.values())), Function.identity(),
                CommsFeedView::kindWord, vm.kindProperty());
        kind.setPrefWidth(150);
        ComboBox<String> loggedBy = FilterBox.of("feed-logged-by", "Anyone", vm.loggers(),
                Function.identity(), Function.identity(), vm.loggedByProperty());
        ToggleButton open = new ToggleButton("Callbacks open", new FontIcon(Material2MZ.PHONE_CALLBACK));
        open.setId("feed-open-callbacks");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.selectedProperty().bindBidirectional(vm.callbacksOpenOnlyProperty());
        Button clear = new Button("Clear filters");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(_ -> vm.clearFilters());
        HBox filters = new HBox(10, text, customer, kind, loggedBy, open, clear);
        filters.setAlignment(Pos.CENTER_LEFT);

        Label count = new Label();
        count.textProperty().bind(vm.countProperty());
        count.getStyleClass().add("feed-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Label callbacks = new Label();
        callbacks.setId("feed-callbacks");
        callbacks.textProperty().bind(vm.callbacksProperty());
        callbacks.getStyleClass().add("feed-callbacks");
        vm.mostPressingCallbackProperty().subscribe(state -> CallbackLook.show(callbacks, state));
        callbacks.setMinWidth(Region.USE_PREF_SIZE);
        Label keys = new Label("Ctrl+D marks the selected callback done");
        keys.getStyleClass().add(Styles.TEXT_MUTED);
        keys.setMinWidth(0);
        HBox line = new HBox(16, count, callbacks, keys);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(8, filters, line);
        bar.getStyleClass().add("feed-toolbar");
        return bar;
    }

    // The table

    private TableView<FeedRow> newTable() {
        TableView<FeedRow> rows = new TableView<>(vm.rows());
        rows.setId("feed-table");
        rows.getStyleClass().addAll("feed-table", Styles.STRIPED);
        rows.setFixedCellSize(34);
        rows.setPlaceholder(new Label("No communication matches the filters."));
        TableColumn<FeedRow, FeedRow> summary = column("Summary", SUMMARY_MIN_WIDTH,
                () -> new TextCell(FeedRow::firstLine, true));
        rows.getColumns().addAll(List.of(
                column("Time", 115, () -> new TextCell(FeedRow::time, false)),
                column("Kind", 140, KindCell::new),
                column("Customer", 200, () -> new TextCell(FeedRow::customer, false)),
                column("Contact", 150, () -> new TextCell(row -> row.communication().contact(), false)),
                summary,
                column("Urgency", 80, UrgencyCell::new),
                column("Logged by", 140, () -> new TextCell(row -> row.communication().loggedBy(), false)),
                column("Callback", 330, () -> new CallbackCell(vm))));
        summaryTakesTheRest(rows, summary);
        return rows;
    }

    /// The summary column takes the width the others leave. A constrained resize policy would do the same,
    /// but works the columns out again on every layout: with 20,000 rows that made filtering several times
    /// slower.
    private static void summaryTakesTheRest(TableView<FeedRow> rows, TableColumn<FeedRow, FeedRow> summary) {
        DoubleBinding others = Bindings.createDoubleBinding(() -> rows.getColumns().stream()
                .filter(column -> column != summary).mapToDouble(TableColumn::getWidth).sum(),
                rows.getColumns().stream().filter(column -> column != summary)
                        .map(TableColumn::widthProperty).toArray(Observable[]::new));
        summary.prefWidthProperty().bind(Bindings.max(SUMMARY_MIN_WIDTH,
                rows.widthProperty().subtract(others).subtract(SCROLL_BAR_ROOM)));
    }

    private static TableColumn<FeedRow, FeedRow> column(String title, double width,
                                                        Supplier<TableCell<FeedRow, FeedRow>> cell) {
        TableColumn<FeedRow, FeedRow> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(_ -> cell.get());
        return column;
    }

    /// The table's selection and the view model's selected id follow each other; the view model keeps its
    /// id while the rows are replaced, and the table is told again afterwards.
    private void keepSelectionInStep() {
        table.getSelectionModel().selectedItemProperty().subscribe(row -> {
            if (!selecting) {
                vm.selectedProperty().set(row == null ? null : row.id());
            }
        });
        vm.selectedProperty().subscribe(this::select);
    }

    private void select(UUID id) {
        FeedRow current = table.getSelectionModel().getSelectedItem();
        if (current != null && current.id().equals(id) || current == null && id == null) {
            return;
        }
        selecting = true;
        try {
            int index = indexOf(id);
            if (index < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().clearAndSelect(index);
            }
        } finally {
            selecting = false;
        }
    }

    private int indexOf(UUID id) {
        if (id == null) {
            return -1;
        }
        List<FeedRow> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    // The selected communication in full

    private VBox details() {
        Label heading = new Label();
        heading.getStyleClass().add("feed-detail-heading");
        heading.setWrapText(true);
        TextArea text = new TextArea();
        text.setId("feed-detail-summary");
        text.setEditable(false);
        text.setWrapText(true);
        text.setFocusTraversable(false);
        text.setPrefRowCount(3);
        Label callback = new Label();
        callback.getStyleClass().add("feed-detail-callback");
        Button done = new Button("Callback done (Ctrl+D)", new FontIcon(Material2AL.CHECK));
        done.setId("feed-detail-done");
        done.disableProperty().bind(vm.markDoneCommand().executableProperty().not());
        done.setOnAction(_ -> vm.markDoneCommand().execute());
        done.setMinWidth(Region.USE_PREF_SIZE);
        HBox callbackLine = new HBox(12, callback, done);
        callbackLine.setAlignment(Pos.CENTER_LEFT);
        VBox pane = new VBox(6, heading, text, callbackLine);
        pane.getStyleClass().add("feed-detail");
        vm.selectedRowProperty().subscribe(row -> {
            boolean shown = row != null;
            text.setVisible(shown);
            text.setManaged(shown);
            callbackLine.setVisible(shown && row.callback() != CallbackState.NONE);
            callbackLine.setManaged(callbackLine.isVisible());
            heading.setText(shown ? detailHeading(row) : "Select a communication to read it in full.");
            text.setText(shown ? row.communication().summary() : "");
            callback.setText(shown ? capitalised(row.callbackText()) : "");
            CallbackLook.show(callback, shown ? row.callback() : CallbackState.NONE);
        });
        return pane;
    }

    /// "Inbound call · Zenith Logistics · Dana Fox · Phone · 14:30 · urgency high · logged by Priya Shah".
    private static String detailHeading(FeedRow row) {
        Communication c = row.communication();
        List<String> parts = new ArrayList<>();
        parts.add(kindWord(c.kind()));
        Stream.of(row.customer(), c.contact(), c.channel()).filter(part -> !part.isBlank()).forEach(parts::add);
        parts.add(row.time());
        parts.add("urgency " + c.urgency().label());
        if (!c.loggedBy().isEmpty()) {
            parts.add("logged by " + c.loggedBy());
        }
        return String.join(" · ", parts);
    }

    /// The callbacks' states follow the clock while the feed shows.
    private void keepCallbacksCurrent() {
        Timeline ticks = new Timeline(new KeyFrame(TICK, _ -> vm.tick()));
        ticks.setCycleCount(Timeline.INDEFINITE);
        sceneProperty().subscribe(scene -> {
            if (scene == null) {
                ticks.stop();
            } else {
                ticks.play();
            }
        });
    }

    static String kindWord(CommunicationKind kind) {
        return capitalised(kind.label());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static Ikon kindIcon(CommunicationKind kind) {
        return switch (kind) {
            case INBOUND_CALL -> Material2AL.CALL_RECEIVED;
            case OUTBOUND_CALL -> Material2AL.CALL_MADE;
            case EMAIL -> Material2AL.EMAIL;
            case STATUS_UPDATE -> Material2AL.CAMPAIGN;
            case INTERNAL_NOTE -> Material2MZ.STICKY_NOTE_2;
        };
    }

    // Cells

    /// One text of the row; the summary's cell shows the whole summary as a tooltip.
    private static final class TextCell extends TableCell<FeedRow, FeedRow> {

        private final Function<FeedRow, String> text;
        private final Tooltip tooltip;

        TextCell(Function<FeedRow, String> text, boolean fullSummaryTooltip) {
            this.text = text;
            this.tooltip = fullSummaryTooltip ? new Tooltip() : null;
            if (tooltip != null) {
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(560);
            }
        }

        @Override
        protected void updateItem(FeedRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : text.apply(row));
            if (tooltip != null) {
                tooltip.setText(empty || row == null ? "" : row.communication().summary());
                setTooltip(empty || row == null ? null : tooltip);
            }
        }
    }

    // A cell keeps its graphic and shows or hides it, and says what a value means with pseudo-classes rather
    // than style classes: a changed style class makes JavaFX look up the node's styles afresh, a changed
    // graphic styles it afresh, and with a filter over 20,000 rows every visible cell changes at once.

    /// The kind in words, with its icon.
    private static final class KindCell extends TableCell<FeedRow, FeedRow> {

        private final FontIcon icon = new FontIcon(Material2AL.CALL_RECEIVED);

        KindCell() {
            setGraphic(icon);
        }

        @Override
        protected void updateItem(FeedRow row, boolean empty) {
            super.updateItem(row, empty);
            boolean shown = !empty && row != null;
            icon.setVisible(shown);
            setText(shown ? kindWord(row.kind()) : null);
            if (shown && icon.getIconCode() != kindIcon(row.kind())) {
                icon.setIconCode(kindIcon(row.kind()));
            }
        }
    }

    /// The urgency in words: high stands out, low steps back.
    private static final class UrgencyCell extends TableCell<FeedRow, FeedRow> {

        private static final PseudoClass HIGH = PseudoClass.getPseudoClass("high");
        private static final PseudoClass LOW = PseudoClass.getPseudoClass("low");

        UrgencyCell() {
            getStyleClass().add("urgency-cell");
        }

        @Override
        protected void updateItem(FeedRow row, boolean empty) {
            super.updateItem(row, empty);
            Urgency urgency = empty || row == null ? null : row.communication().urgency();
            setText(urgency == null ? null : urgency.label());
            pseudoClassStateChanged(HIGH, urgency == Urgency.HIGH);
            pseudoClassStateChanged(LOW, urgency == Urgency.LOW);
        }
    }

    /// Where the callback stands, in words and colour, with a button to mark it done while it is open.
    private static final class CallbackCell extends TableCell<FeedRow, FeedRow> {

        private final Label state = new Label();
        private final Button done = new Button("Done");
        /// The button joins the row only while its callback is open: few rows have one, and a button is
        /// the costliest node to style.
        private final HBox box = new HBox(8, state);

        CallbackCell(CommsFeedViewModel vm) {
            done.getStyleClass().addAll(Styles.SMALL, "callback-done-button");
            done.setFocusTraversable(false);
            done.setMinWidth(Region.USE_PREF_SIZE);
            done.setOnAction(_ -> {
                if (getItem() != null) {
                    vm.markCallbackDone(getItem().id());
                }
            });
            state.setMinWidth(0);
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
        }

        @Override
        protected void updateItem(FeedRow row, boolean empty) {
            super.updateItem(row, empty);
            CallbackState callback = empty || row == null ? CallbackState.NONE : row.callback();
            box.setVisible(callback != CallbackState.NONE);
            state.setText(callback == CallbackState.NONE ? "" : row.callbackText());
            CallbackLook.show(state, callback);
            if (callback.open() != box.getChildren().contains(done)) {
                if (callback.open()) {
                    box.getChildren().add(done);
                } else {
                    box.getChildren().remove(done);
                }
            }
        }
    }

    /// A callback's state as a colour and an icon beside its words: amber when due soon, red when overdue,
    /// green when made. The label carries the `callback-state` style class and one pseudo-class per state.
    private static final class CallbackLook {

        private static final Map<CallbackState, PseudoClass> STATES = Map.of(
                CallbackState.DUE, PseudoClass.getPseudoClass("due"),
                CallbackState.DUE_SOON, PseudoClass.getPseudoClass("soon"),
                CallbackState.OVERDUE, PseudoClass.getPseudoClass("overdue"),
                CallbackState.DONE, PseudoClass.getPseudoClass("made"));

        static void show(Label label, CallbackState state) {
            if (!(label.getGraphic() instanceof FontIcon)) {
                label.getStyleClass().add("callback-state");
                label.setGraphic(new FontIcon(Material2MZ.PHONE_CALLBACK));
            }
            STATES.forEach((each, pseudoClass) -> label.pseudoClassStateChanged(pseudoClass, each == state));
            FontIcon icon = (FontIcon) label.getGraphic();
            Ikon wanted = switch (state) {
                case NONE, DUE -> Material2MZ.PHONE_CALLBACK;
                case DUE_SOON -> Material2AL.ALARM;
                case OVERDUE -> Material2MZ.WARNING;
                case DONE -> Material2AL.CHECK;
            };
            if (icon.getIconCode() != wanted) {
                icon.setIconCode(wanted);
            }
            icon.setVisible(state != CallbackState.NONE);
        }
    }
}
