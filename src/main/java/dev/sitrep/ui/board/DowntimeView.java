package dev.sitrep.ui.board;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.ui.board.DowntimeRow.Timing;
import dev.sitrep.ui.common.ProblemLabel;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/// The planned downtime list: every open task's window in a table sorted by start (any column sorts), with
/// the windows that clash at one place marked in the danger colour, a warning sign and the words "overlaps
/// …", and the ones running now marked "now".
///
/// Keyboard: Ctrl+F finds, Enter in the find field or the Down arrow goes to the table, Escape clears the
/// find field; in the table Enter opens the selected task (so does a double click), through the callback
/// the board gives. Alt+C shows only clashing windows, Alt+E hides or shows ended ones.
public final class DowntimeView extends BorderPane {

    /// How often the view asks whether a window has started or ended: the windows are set to the minute.
    private static final Duration CLOCK_LOOK = Duration.seconds(15);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final PseudoClass CLASH = PseudoClass.getPseudoClass("clash");
    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    private static final PseudoClass ENDED = PseudoClass.getPseudoClass("ended");
    private static final PseudoClass BLOCKED = PseudoClass.getPseudoClass("blocked");

    private final DowntimeViewModel vm;
    private final Consumer<UUID> openTask;
    private final CustomTextField find = new CustomTextField();
    private final TableView<DowntimeRow> table = new TableView<>();
    /// The task whose row was selected last, so the selection survives the list being loaded again.
    private UUID selectedTask;

    /// @param openTask called with a task's id when the operator opens its row (Enter or a double click)
    public DowntimeView(DowntimeViewModel vm, Consumer<UUID> openTask) {
        this.vm = vm;
        this.openTask = Objects.requireNonNull(openTask, "openTask");
        getStyleClass().add("downtime-view");
        getStylesheets().add(Objects.requireNonNull(DowntimeView.class.getResource("downtime.css"))
                .toExternalForm());
        setTop(new VBox(createToolbar(), new ProblemLabel(vm.problemProperty(), "downtime-problem")));
        setCenter(createTable());
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (FIND.match(event)) {
                find.requestFocus();
                find.selectAll();
                event.consume();
            }
        });
        followTheClock();
    }

    /// Puts the keyboard on the table, so the board can hand it over when it shows this view.
    @Override
    public void requestFocus() {
        table.requestFocus();
    }

    // Layout

    private HBox createToolbar() {
        find.setId("downtime-find");
        find.setPromptText("Find a task, place or engineer  (Ctrl+F)");
        find.setLeft(new FontIcon(Material2MZ.SEARCH));
        find.setPrefColumnCount(26);
        find.textProperty().bindBidirectional(vm.textProperty());
        find.addEventFilter(KeyEvent.KEY_PRESSED, this::leaveFind);

        CheckBox onlyClashing = new CheckBox("Only _clashing");
        onlyClashing.setId("downtime-only-clashing");
        onlyClashing.selectedProperty().bindBidirectional(vm.onlyClashingProperty());
        CheckBox hideEnded = new CheckBox("Hide _ended windows");
        hideEnded.setId("downtime-hide-ended");
        hideEnded.selectedProperty().bindBidirectional(vm.hideEndedProperty());
        for (CheckBox box : List.of(onlyClashing, hideEnded)) {
            box.setMnemonicParsing(true);
            box.setMinWidth(Region.USE_PREF_SIZE);
        }

        Label keys = new Label("Enter opens the task");
        keys.getStyleClass().add(Styles.TEXT_MUTED);
        keys.setMinWidth(0);

        HBox bar = new HBox(16, find, onlyClashing, hideEnded, keys, new Spacer(), counts());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("downtime-toolbar");
        return bar;
    }

    /// "13 windows · 2 clash", with a warning sign and the danger colour while any window clashes.
    private Label counts() {
        Label counts = new Label();
        counts.setId("downtime-counts");
        counts.getStyleClass().add("downtime-counts");
        counts.setMinWidth(Region.USE_PREF_SIZE);
        counts.textProperty().bind(vm.countsProperty());
        FontIcon warning = new FontIcon(Material2MZ.WARNING);
        vm.clashingProperty().subscribe(clashing -> {
            boolean any = clashing.intValue() > 0;
            counts.pseudoClassStateChanged(CLASH, any);
            counts.setGraphic(any ? warning : null);
        });
        return counts;
    }

    private TableView<DowntimeRow> createTable() {
        SortedList<DowntimeRow> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("downtime-table");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE, "downtime-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.textProperty().bind(vm.emptyTextProperty());
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(placeholder);

        table.getSortOrder().add(addColumns());

        table.setRowFactory(_ -> new WindowRow());
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && open(table.getSelectionModel().getSelectedItem())) {
                event.consume();
            }
        });
        keepSelectionOnReload(sorted);
        return table;
    }

    /// The columns, each sorting by what it shows (times as times, not as text); returns the start's.
    ///
    /// On a narrow screen the task's title and place give way first, so the times, the status and the clash
    /// stay whole: a title's device is in the place too, and its tail is much the same on every row.
    private TableColumn<DowntimeRow, DowntimeRow> addColumns() {
        var start = column("Start", 212, 212, DowntimeRow::startText, Comparator.comparing(DowntimeRow::start));
        start.setCellFactory(_ -> new StartCell());
        var end = column("End", 92, 90, DowntimeRow::endText, Comparator.comparing(DowntimeRow::end));
        var length = column("Length", 80, 78, DowntimeRow::lengthText, Comparator.comparing(DowntimeRow::length));
        var task = column("Task", 210, 120, DowntimeRow::title, Comparator.comparing(DowntimeRow::title));
        var place = column("Place", 280, 220, DowntimeRow::place, Comparator.comparing(DowntimeRow::place));
        var engineer = column("Engineer", 140, 112, row -> row.assignee().isEmpty() ? "nobody yet" : row.assignee(),
                Comparator.comparing(DowntimeRow::assignee));
        var status = column("Status", 100, 95, row -> row.status().label(),
                Comparator.comparing(DowntimeRow::status));
        status.setCellFactory(_ -> new StatusCell());
        var clash = column("Clash", 400, 300, DowntimeRow::clash,
                Comparator.comparing((DowntimeRow row) -> row.clashes().size()).reversed());
        clash.setCellFactory(_ -> new ClashCell());
        table.getColumns().setAll(List.of(start, end, length, task, place, engineer, status, clash));
        return start;
    }

    private static TableColumn<DowntimeRow, DowntimeRow> column(String title, double width, double minWidth,
                                                                Function<DowntimeRow, String> text,
                                                                Comparator<DowntimeRow> order) {
        TableColumn<DowntimeRow, DowntimeRow> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(_ -> new TextCell(text));
        column.setComparator(order);
        return column;
    }

    // Behaviour

    private boolean open(DowntimeRow row) {
        if (row == null) {
            return false;
        }
        openTask.accept(row.taskId());
        return true;
    }

    /// Enter, Down or Escape (on an empty field) take the keyboard from the find field to the list; Escape
    /// on words clears them first.
    private void leaveFind(KeyEvent event) {
        KeyCode key = event.getCode();
        if (key == KeyCode.ESCAPE && !find.getText().isEmpty()) {
            find.clear();
            event.consume();
        } else if (key == KeyCode.ENTER || key == KeyCode.DOWN || key == KeyCode.ESCAPE) {
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
            table.requestFocus();
            event.consume();
        }
    }

    /// The list is replaced whenever a task changes at any console: select the same task's row again, so an
    /// operator working down the list does not lose their place.
    private void keepSelectionOnReload(SortedList<DowntimeRow> sorted) {
        table.getSelectionModel().selectedItemProperty().subscribe(row -> {
            if (row != null) {
                selectedTask = row.taskId();
            }
        });
        sorted.addListener((ListChangeListener<DowntimeRow>) _ -> {
            if (selectedTask == null || table.getSelectionModel().getSelectedItem() != null
                    && table.getSelectionModel().getSelectedItem().taskId().equals(selectedTask)) {
                return;
            }
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i).taskId().equals(selectedTask)) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.getFocusModel().focus(i);
                    return;
                }
            }
        });
    }

    /// Looks at the clock every few seconds while the view is in a window, for the "now" marks and the
    /// windows that end.
    private void followTheClock() {
        Timeline clock = new Timeline(new KeyFrame(CLOCK_LOOK, _ -> vm.tick()));
        clock.setCycleCount(Timeline.INDEFINITE);
        sceneProperty().subscribe(scene -> {
            if (scene == null) {
                clock.stop();
            } else {
                vm.tick();
                clock.play();
            }
        });
    }

    // Rows and cells

    /// A row with its clash and timing as pseudo-classes for the stylesheet; a double click opens its task.
    private final class WindowRow extends TableRow<DowntimeRow> {

        WindowRow() {
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !isEmpty()) {
                    open(getItem());
                }
            });
        }

        @Override
        protected void updateItem(DowntimeRow row, boolean empty) {
            super.updateItem(row, empty);
            boolean filled = !empty && row != null;
            pseudoClassStateChanged(CLASH, filled && row.isClashing());
            pseudoClassStateChanged(RUNNING, filled && row.timing() == Timing.RUNNING);
            pseudoClassStateChanged(ENDED, filled && row.timing() == Timing.ENDED);
            setAccessibleText(filled ? String.join(", ", row.title(), row.place(), row.startText() + " to "
                    + row.endText(), timingWord(row.timing()), row.clash()) : null);
        }
    }

    private static String timingWord(Timing timing) {
        return switch (timing) {
            case COMING -> "";
            case RUNNING -> "now";
            case ENDED -> "ended";
        };
    }

    /// A row's text for one column, and the same text whole in a tooltip for when the column cuts it short.
    private static final class TextCell extends TableCell<DowntimeRow, DowntimeRow> {

        private final Function<DowntimeRow, String> text;
        private final Tooltip whole = new Tooltip();

        TextCell(Function<DowntimeRow, String> text) {
            this.text = text;
            whole.textProperty().bind(textProperty());
        }

        @Override
        protected void updateItem(DowntimeRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : text.apply(row));
            setTooltip(getText() == null || getText().isEmpty() ? null : whole);
        }
    }

    /// The start, followed by "now" while the window runs or "ended" once it is over.
    private static final class StartCell extends TableCell<DowntimeRow, DowntimeRow> {

        private final Label tag = new Label();

        StartCell() {
            tag.getStyleClass().add("downtime-tag");
            setContentDisplay(ContentDisplay.RIGHT);
            setGraphicTextGap(8);
        }

        @Override
        protected void updateItem(DowntimeRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(row.startText());
            String word = timingWord(row.timing());
            tag.setText(word);
            tag.pseudoClassStateChanged(RUNNING, row.timing() == Timing.RUNNING);
            tag.pseudoClassStateChanged(ENDED, row.timing() == Timing.ENDED);
            setGraphic(word.isEmpty() ? null : tag);
        }
    }

    /// The task's status as its word; blocked stands out, since a blocked task will not use its window.
    private static final class StatusCell extends TableCell<DowntimeRow, DowntimeRow> {

        @Override
        protected void updateItem(DowntimeRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : row.status().label());
            pseudoClassStateChanged(BLOCKED, !empty && row != null && row.status() == TaskStatus.BLOCKED);
        }
    }

    /// "overlaps Patch EXCH-07 at Leeds" after a warning sign, with every overlapping window in its tooltip.
    private static final class ClashCell extends TableCell<DowntimeRow, DowntimeRow> {

        private final FontIcon warning = new FontIcon(Material2MZ.WARNING);
        private final Tooltip others = new Tooltip();

        ClashCell() {
            getStyleClass().add("downtime-clash");
            others.setShowDelay(Duration.millis(300));
        }

        @Override
        protected void updateItem(DowntimeRow row, boolean empty) {
            super.updateItem(row, empty);
            boolean clashing = !empty && row != null && row.isClashing();
            setText(clashing ? row.clash() : null);
            setGraphic(clashing ? warning : null);
            others.setText(clashing ? "Overlaps:\n" + String.join("\n", row.clashes()) : null);
            setTooltip(clashing ? others : null);
        }
    }
}
