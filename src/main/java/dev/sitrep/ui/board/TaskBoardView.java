package dev.sitrep.ui.board;

import atlantafx.base.theme.Styles;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.ui.board.TaskBoardViewModel.Card;
import dev.sitrep.ui.board.TaskBoardViewModel.Choice;
import dev.sitrep.ui.common.FilterBox;
import dev.sitrep.ui.common.ProblemLabel;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
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
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/// The task board: four columns of cards (to do, in progress, blocked, done in the last day), each a
/// virtualized list, with filters above and the roster on the right. A card moves by dragging it to another
/// column, or from the keyboard with Alt+1 to Alt+4 for the columns in order; blocking asks what the task
/// waits for. A card dropped on a person in the roster is theirs.
///
/// Ctrl+N opens a new task and Enter (or F2, or a double click) the selected one; Ctrl+Shift+N makes tasks
/// for many devices or sites; Ctrl+Shift+D shows the planned downtime windows instead of the columns, and
/// Ctrl+Shift+B the columns again.
public final class TaskBoardView extends BorderPane {

    private static final List<TaskStatus> ORDER = List.of(TaskStatus.TODO, TaskStatus.IN_PROGRESS,
            TaskStatus.BLOCKED, TaskStatus.DONE);

    private static final KeyCombination NEW_TASK = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW_TASKS = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination SHOW_BOARD = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination SHOW_DOWNTIME = new KeyCodeCombination(KeyCode.D,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final TaskBoardViewModel vm;
    private final BoardParts parts;
    private final ToggleButton boardShown = new ToggleButton("Board");
    private final ToggleButton downtimeShown = new ToggleButton("Downtime windows");
    private final Node board;
    private final DowntimeView downtime;
    private final VBox filters;

    public TaskBoardView(TaskBoardViewModel vm, BoardParts parts) {
        this.vm = vm;
        this.parts = parts;
        getStyleClass().add("task-board");
        getStylesheets().add(Objects.requireNonNull(TaskBoardView.class.getResource("board.css")).toExternalForm());
        filters = filters();
        setTop(new VBox(toolbar(), new ProblemLabel(vm.problemProperty(), "board-problem")));
        board = board();
        downtime = new DowntimeView(parts.downtime(), this::editTask);
        setCenter(board);
        addEventFilter(KeyEvent.KEY_PRESSED, this::moveByKeyboard);
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
    }

    /// The four columns and the roster beside them.
    private Node board() {
        HBox columns = new HBox(12);
        columns.getStyleClass().add("board-columns");
        for (TaskStatus status : ORDER) {
            VBox column = column(status);
            HBox.setHgrow(column, Priority.ALWAYS);
            columns.getChildren().add(column);
        }
        RosterView roster = new RosterView(parts.roster(), vm::assign);
        roster.setPrefWidth(300);
        roster.setMinWidth(240);
        HBox.setHgrow(columns, Priority.ALWAYS);
        return new HBox(columns, roster);
    }

    private void shortcuts(KeyEvent event) {
        if (NEW_TASK.match(event)) {
            newTask();
        } else if (NEW_TASKS.match(event)) {
            newTasks();
        } else if (SHOW_BOARD.match(event)) {
            showDowntime(false);
        } else if (SHOW_DOWNTIME.match(event)) {
            showDowntime(true);
        } else {
            return;
        }
        event.consume();
    }

    /// Shows the downtime list in place of the columns and their filters, or the board again.
    private void showDowntime(boolean shown) {
        boardShown.setSelected(!shown);
        downtimeShown.setSelected(shown);
        filters.setVisible(!shown);
        filters.setManaged(!shown);
        setCenter(shown ? downtime : board);
        if (shown) {
            downtime.requestFocus();
        }
    }

    // Dialogs

    private void newTask() {
        parts.editor().startNew();
        showEditor();
    }

    private void editTask(UUID taskId) {
        parts.editor().edit(taskId);
        showEditor();
    }

    private void showEditor() {
        TaskEditorDialog dialog = new TaskEditorDialog(parts.editor());
        dialog.initOwner(getScene().getWindow());
        dialog.showAndWait();
    }

    /// One task per picked device or site: the board shows them as their journal entries arrive.
    private void newTasks() {
        BulkTasksDialog dialog = new BulkTasksDialog(parts.bulk().get());
        dialog.initOwner(getScene().getWindow());
        dialog.showAndWait();
    }

    /// The board or the downtime list, new tasks, and (on the board) the filters and the keys that move.
    private VBox toolbar() {
        ToggleGroup shown = new ToggleGroup();
        boardShown.setToggleGroup(shown);
        downtimeShown.setToggleGroup(shown);
        boardShown.setSelected(true);
        boardShown.setOnAction(_ -> showDowntime(false));
        downtimeShown.setOnAction(_ -> showDowntime(true));
        boardShown.getStyleClass().add(Styles.LEFT_PILL);
        downtimeShown.getStyleClass().add(Styles.RIGHT_PILL);
        boardShown.setTooltip(new Tooltip("Ctrl+Shift+B"));
        downtimeShown.setTooltip(new Tooltip("Ctrl+Shift+D"));
        Button newTask = new Button("New task…", new FontIcon(Material2AL.ADD));
        newTask.setId("board-new");
        newTask.setTooltip(new Tooltip("Ctrl+N"));
        newTask.setOnAction(_ -> newTask());
        Button newTasks = new Button("Tasks for many…", new FontIcon(Material2AL.LIBRARY_ADD));
        newTasks.setId("board-new-many");
        newTasks.setTooltip(new Tooltip("One task per device or site: Ctrl+Shift+N"));
        newTasks.setOnAction(_ -> newTasks());
        for (var control : List.of(boardShown, downtimeShown, newTask, newTasks)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(10, new HBox(boardShown, downtimeShown), gap, newTask, newTasks);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(8, top, filters);
        bar.getStyleClass().add("board-toolbar");
        return bar;
    }

    private VBox filters() {
        TextField text = new TextField();
        text.setId("board-filter");
        text.setPromptText("Title, place, engineer, reason");
        text.setPrefColumnCount(18);
        text.textProperty().bindBidirectional(vm.textProperty());
        ComboBox<dev.sitrep.domain.Priority> priority = new ComboBox<>();
        priority.getItems().add(null);
        priority.getItems().addAll(dev.sitrep.domain.Priority.values());
        priority.setButtonCell(new PriorityCell());
        priority.setCellFactory(_ -> new PriorityCell());
        priority.valueProperty().bindBidirectional(vm.priorityProperty());
        priority.setMinWidth(Region.USE_PREF_SIZE);
        ToggleButton mine = new ToggleButton("My tasks");
        mine.setMinWidth(Region.USE_PREF_SIZE);
        mine.selectedProperty().bindBidirectional(vm.mineProperty());
        Button clear = new Button("Clear filters");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(_ -> vm.clearFilters());
        HBox filters = new HBox(10, text,
                FilterBox.of("board-engineer", "Any engineer", vm.engineers(), Choice::id, Choice::name,
                        vm.engineerProperty()),
                FilterBox.of("board-customer", "Any customer", vm.customers(), Choice::id, Choice::name,
                        vm.customerProperty()),
                FilterBox.of("board-site", "Any site", vm.sites(), Choice::id, Choice::name,
                        vm.siteProperty()),
                priority, mine, clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label keys = new Label("Selected card: Enter edits · Alt+1 to do · Alt+2 in progress · Alt+3 blocked · "
                + "Alt+4 done · or drag it to a column or onto a person");
        keys.getStyleClass().add(Styles.TEXT_MUTED);
        keys.setMinWidth(0);
        return new VBox(6, filters, keys);
    }

    private VBox column(TaskStatus status) {
        Label title = new Label();
        title.getStyleClass().add("board-column-title");
        var cards = vm.column(status);
        cards.subscribe(() -> title.setText(status.label().substring(0, 1).toUpperCase(Locale.ROOT)
                + status.label().substring(1) + " · " + cards.size()
                + (status == TaskStatus.DONE ? " in the last day" : "")));
        ListView<Card> list = new ListView<>(cards);
        list.setId("board-" + status.wire());
        list.getStyleClass().add("board-list");
        list.setCellFactory(_ -> new CardCell(this::editTask));
        list.setOnKeyPressed(event -> {
            Card selected = list.getSelectionModel().getSelectedItem();
            if (selected != null && (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.F2)) {
                editTask(selected.id());
                event.consume();
            }
        });
        list.setPlaceholder(new Label("No task"));
        VBox.setVgrow(list, Priority.ALWAYS);
        TaskDrag.onto(list, taskId -> move(taskId, status));
        VBox column = new VBox(6, title, list);
        column.getStyleClass().add("board-column");
        column.setMinWidth(0);
        column.setPrefWidth(0);
        return column;
    }

    private void moveByKeyboard(KeyEvent event) {
        for (int i = 0; i < ORDER.size(); i++) {
            if (new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)), KeyCombination.ALT_DOWN).match(event)) {
                selectedCard().ifPresent(card -> move(card.id(), ORDER.get(event.getCode().ordinal()
                        - KeyCode.DIGIT1.ordinal())));
                event.consume();
                return;
            }
        }
    }

    private Optional<Card> selectedCard() {
        return lookupAll(".board-list").stream()
                .map(node -> (ListView<?>) node)
                .filter(list -> list.isFocused() && list.getSelectionModel().getSelectedItem() != null)
                .map(list -> (Card) list.getSelectionModel().getSelectedItem())
                .findFirst();
    }

    /// Moves a card; blocking first asks what the task waits for.
    private void move(UUID taskId, TaskStatus to) {
        if (to != TaskStatus.BLOCKED) {
            vm.move(taskId, to, "");
            return;
        }
        TextInputDialog reason = new TextInputDialog();
        reason.initOwner(getScene().getWindow());
        reason.setTitle("Blocked");
        reason.setHeaderText("What does the task wait for?");
        reason.setContentText("Reason");
        reason.showAndWait().map(String::strip).filter(text -> !text.isEmpty())
                .ifPresent(text -> vm.move(taskId, TaskStatus.BLOCKED, text));
    }

    /// A card: priority and title; place, assignee and downtime window; the ETA (amber when close, red when
    /// late or when it breaks a promise to the customer); what it is blocked on.
    ///
    /// Four `Text` nodes rather than a label per line: a filter shows other tasks in every visible card at
    /// once, and each node a card holds is styled again when its cell is reused.
    private static final class CardCell extends ListCell<Card> {

        /// The card's padding and border, and the cell's, around the text.
        private static final double INSETS = 28;
        private static final PseudoClass SOON = PseudoClass.getPseudoClass("soon");
        private static final PseudoClass LATE = PseudoClass.getPseudoClass("late");

        private final Text title = line("card-title");
        private final Text details = line("card-details");
        private final Text eta = line("card-eta");
        private final Text blocked = line("card-blocked");
        private final VBox box = new VBox(3, title, details, eta, blocked);

        /// @param open opens the card's task in the editor (a double click)
        CardCell(Consumer<UUID> open) {
            getStyleClass().add("card-cell");
            setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && getItem() != null) {
                    open.accept(getItem().id());
                }
            });
            // The column's width decides, so long titles wrap instead of widening the list.
            setPrefWidth(0);
            box.getStyleClass().add("card");
            for (Text text : List.of(title, details, eta, blocked)) {
                text.wrappingWidthProperty().bind(widthProperty().subtract(INSETS));
            }
            TaskDrag.from(this, () -> getItem() == null ? null : getItem().id());
        }

        @Override
        protected void updateItem(Card card, boolean empty) {
            super.updateItem(card, empty);
            if (empty || card == null) {
                setGraphic(null);
                return;
            }
            title.setText(card.priority().label().toUpperCase(Locale.ROOT) + "  " + card.title());
            details.setText(String.join("\n", Stream.of(card.scope(),
                    card.assignee().isEmpty() ? "nobody yet" : card.assignee(),
                    card.downtime().isEmpty() ? "" : "Downtime " + card.downtime())
                    .filter(text -> !text.isEmpty()).toList()));
            show(eta, etaText(card));
            eta.pseudoClassStateChanged(SOON, card.etaUrgency() == TaskBoardViewModel.EtaUrgency.SOON
                    && !card.breaksPromise());
            eta.pseudoClassStateChanged(LATE, card.etaUrgency() == TaskBoardViewModel.EtaUrgency.OVERDUE
                    || card.breaksPromise());
            show(blocked, card.blockedReason().isEmpty() ? "" : "Blocked: " + card.blockedReason());
            setGraphic(box);
        }

        /// "ETA Tue 01:00 · within the hour · breaks a promise": the words say what the colour says.
        private static String etaText(Card card) {
            if (card.eta().isEmpty()) {
                return "";
            }
            return "ETA " + card.eta() + switch (card.etaUrgency()) {
                case OVERDUE -> " · overdue";
                case SOON -> " · within the hour";
                default -> "";
            } + (card.breaksPromise() ? " · breaks a promise" : "");
        }

        /// Shows `text` on the line, or hides the line when there is none.
        private static void show(Text line, String text) {
            line.setText(text);
            line.setVisible(!text.isEmpty());
            line.setManaged(!text.isEmpty());
        }

        private static Text line(String style) {
            Text text = new Text();
            text.getStyleClass().addAll("card-text", style);
            return text;
        }
    }

    private static final class PriorityCell extends ListCell<dev.sitrep.domain.Priority> {
        @Override
        protected void updateItem(dev.sitrep.domain.Priority priority, boolean empty) {
            super.updateItem(priority, empty);
            setText(empty ? null : priority == null ? "Any priority" : priority.label().toUpperCase(Locale.ROOT));
        }
    }
}
