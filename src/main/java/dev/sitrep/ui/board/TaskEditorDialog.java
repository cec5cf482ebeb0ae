package dev.sitrep.ui.board;

import atlantafx.base.theme.Styles;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.Priority;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.Staff;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.domain.TimeEntry;
import dev.sitrep.domain.WireEnum;
import dev.sitrep.ui.common.TextAreas;
import dev.sitrep.ui.board.TaskEditorViewModel.Field;
import dev.sitrep.ui.common.ProblemLabel;
import javafx.application.Platform;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/// The task editor: a new task, or a card's task to change, built for the keyboard.
///
/// The title has focus on open, and Tab walks the fields as they stand: title and detail across the top, then
/// the left column (customer, site, device) and the right one (assignee, priority, status, blocked reason),
/// then the times (ETA on the left, downtime start and length on the right). Enter saves from any one-line
/// field, Ctrl+Enter from the detail, Esc cancels. Customer, site, device and assignee are picked by typing
/// part of a name or pressing Down: the matches open under the field, and while they are open Enter takes
/// one and Esc closes them, without saving or cancelling. Each field shows its own problem under it.
///
/// Save does not close the dialog by itself: the view model saves away from the FX thread and the dialog
/// closes when it reports the task saved, so a refused save keeps everything typed. The result is the saved
/// task; nothing when cancelled.
public final class TaskEditorDialog extends Dialog<IncidentTask> {

    private static final ButtonType SAVE = new ButtonType("Save", ButtonData.OK_DONE);

    private final TaskEditorViewModel vm;
    private final String stylesheet = Objects.requireNonNull(
            TaskEditorDialog.class.getResource("task-editor.css")).toExternalForm();
    /// What ties this dialog to the view model, which outlives it: undone when the dialog closes.
    private final List<Subscription> ties = new ArrayList<>();

    /// A dialog on `vm`'s open form: call [TaskEditorViewModel#startNew()] or [TaskEditorViewModel#edit]
    /// first.
    public TaskEditorDialog(TaskEditorViewModel vm) {
        this.vm = vm;
        titleProperty().bind(vm.headingProperty());
        headerTextProperty().bind(vm.headingProperty());
        getDialogPane().getStylesheets().add(stylesheet);
        getDialogPane().getStyleClass().add("task-editor");
        getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        // AtlantaFX caps dialogs at 600 px, too narrow for two columns of fields with their prompts.
        getDialogPane().setPrefWidth(760);
        getDialogPane().maxWidthProperty().set(Double.MAX_VALUE);
        // Cancel answers nothing; a save sets the result itself, once the task is stored.
        setResultConverter(_ -> null);

        TextField title = textField(vm.titleProperty(), "What needs doing, in a few words");
        getDialogPane().setContent(content(title));
        saveThroughTheViewModel();
        ties.add(vm.readyProperty().subscribe(ready -> {
            if (ready && isShowing()) {
                Platform.runLater(title::requestFocus);
            }
        }));
        setOnShown(_ -> Platform.runLater(title::requestFocus));
        setOnHidden(_ -> ties.forEach(Subscription::unsubscribe));
    }

    private VBox content(TextField title) {
        GridPane form = new GridPane();
        form.getStyleClass().add("task-editor-form");
        form.getColumnConstraints().addAll(half(), half());
        form.add(block("_Title", title, Field.TITLE), 0, 0, 2, 1);
        form.add(block("_Detail", detailArea(), Field.DETAIL), 0, 1, 2, 1);
        form.add(column(scopeBlocks()), 0, 2);
        form.add(column(workBlocks()), 1, 2);
        form.add(column(etaBlock()), 0, 3);
        form.add(column(downtimeBlocks()), 1, 3);
        form.disableProperty().bind(vm.readyProperty().not());

        ProblemLabel message = new ProblemLabel(vm.messageProperty(), "task-editor-message");
        message.setMinHeight(Region.USE_PREF_SIZE);
        Label keys = new Label("Enter saves · Ctrl+Enter saves from the detail · Esc cancels · "
                + "Down or typing lists the choices");
        keys.getStyleClass().addAll("key-hints", Styles.TEXT_SMALL);
        keys.setWrapText(true);

        for (Field field : Field.values()) {
            ties.add(vm.problemProperty(field).subscribe(this::refit));
        }
        ties.add(vm.messageProperty().subscribe(this::refit));
        ties.add(vm.etaReadingProperty().subscribe(this::refit));
        ties.add(vm.downtimeReadingProperty().subscribe(this::refit));
        return new VBox(12, form, message, keys);
    }

    /// Save asks the view model, which writes away from the FX thread; the dialog closes once it reports
    /// the task stored, and stays open, with everything typed, when the save is refused.
    private void saveThroughTheViewModel() {
        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.disableProperty().bind(vm.saveCommand().executableProperty().not());
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            vm.saveCommand().execute();
        });
        // A save under way completes whatever the dialog does; Cancel would only pretend otherwise.
        getDialogPane().lookupButton(ButtonType.CANCEL).disableProperty().bind(vm.savingProperty());
        ties.add(vm.savedProperty().subscribe(saved -> {
            if (saved != null) {
                setResult(saved);
                close();
            }
        }));
    }

    /// A dialog's window keeps the size it opened with; a problem shown under a field, or gone again, changes
    /// the room the form needs.
    private void refit() {
        Platform.runLater(() -> {
            if (isShowing()) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }

    // The blocks of the form

    private List<VBox> scopeBlocks() {
        TaskScopeViewModel scope = vm.scope();
        PickField<Customer> customer = new PickField<>(scope.customers(),
                Customer::name, scope::describe, stylesheet);
        customer.setPromptText("Any customer: type or press Down");
        PickField<Site> site = new PickField<>(scope.sites(), Site::name,
                scope::describe, stylesheet);
        site.setPromptText("Any site: type or press Down");
        PickField<Device> device = new PickField<>(scope.devices(),
                Device::hostname, scope::describe, stylesheet);
        device.promptTextProperty().bind(scope.siteProperty().map(_ -> "Any device: type or press Down")
                .orElse("Choose a site first"));
        ties.add(device.promptTextProperty()::unbind);
        bind(customer.valueProperty(), scope.customerProperty());
        bind(site.valueProperty(), scope.siteProperty());
        bind(device.valueProperty(), scope.deviceProperty());
        customer.disableProperty().bind(vm.choicesReadyProperty().not());
        site.disableProperty().bind(vm.choicesReadyProperty().not());
        device.disableProperty().bind(vm.choicesReadyProperty().not().or(scope.siteProperty().isNull()));
        return List.of(block("_Customer", customer, null), block("S_ite", site, null),
                block("D_evice", device, null));
    }

    private List<Region> workBlocks() {
        PickField<Staff> assignee = new PickField<>(vm.assignees(),
                Staff::name, vm::describe, stylesheet);
        assignee.setPromptText("Nobody yet: type or press Down");
        bind(assignee.valueProperty(), vm.assigneeProperty());
        assignee.disableProperty().bind(vm.choicesReadyProperty().not());
        ComboBox<Priority> priority = choice(Priority.values(), vm.priorityProperty());
        ComboBox<TaskStatus> status = choice(TaskStatus.values(), vm.statusProperty());
        TextField reason = textField(vm.blockedReasonProperty(), "What it waits for (when blocked)");
        reason.disableProperty().bind(vm.statusProperty().isNotEqualTo(TaskStatus.BLOCKED));
        VBox priorityBlock = block("_Priority", priority, null);
        VBox statusBlock = block("_Status", status, null);
        HBox.setHgrow(priorityBlock, javafx.scene.layout.Priority.ALWAYS);
        HBox.setHgrow(statusBlock, javafx.scene.layout.Priority.ALWAYS);
        HBox priorityAndStatus = new HBox(priorityBlock, statusBlock);
        priorityAndStatus.getStyleClass().add("form-row");
        return List.of(block("Assig_nee", assignee, null), priorityAndStatus,
                block("_Blocked reason", reason, Field.BLOCKED_REASON));
    }

    private List<VBox> etaBlock() {
        TextField eta = timeField(vm.etaProperty(), TimeEntry.TIME_FORMS);
        VBox block = block("ET_A", eta, Field.ETA);
        block.getChildren().add(reading(vm.etaReadingProperty(), vm.problemProperty(Field.ETA)));
        return List.of(block);
    }

    private List<VBox> downtimeBlocks() {
        TextField start = timeField(vm.downtimeStartProperty(), TimeEntry.TIME_FORMS);
        TextField length = timeField(vm.downtimeLengthProperty(), TimeEntry.LENGTH_FORMS);
        VBox startBlock = block("Do_wntime start", start, Field.DOWNTIME_START);
        VBox lengthBlock = block("Downtime _length", length, Field.DOWNTIME_LENGTH);
        lengthBlock.getChildren().add(reading(vm.downtimeReadingProperty(),
                vm.problemProperty(Field.DOWNTIME_LENGTH)));
        return List.of(startBlock, lengthBlock);
    }

    // Fields

    private TextField textField(Property<String> text, String prompt) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        bind(field.textProperty(), text);
        return field;
    }

    /// A field for a time or length, prompting with the forms it reads; the tooltip keeps them in view once
    /// something is typed, or when the prompt is cut short.
    private TextField timeField(Property<String> text, String forms) {
        TextField field = textField(text, forms);
        field.setTooltip(new Tooltip("Write " + forms));
        return field;
    }

    /// The detail: Tab leaves it like any field, Ctrl+Enter saves.
    private TextArea detailArea() {
        TextArea area = new TextArea();
        area.setPromptText("Steps, links, what to check (Ctrl+Enter saves)");
        area.setWrapText(true);
        area.setPrefRowCount(3);
        bind(area.textProperty(), vm.detailProperty());
        TextAreas.tabLeaves(area);
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                vm.saveCommand().execute();
            }
        });
        return area;
    }

    private <E extends Enum<E> & WireEnum> ComboBox<E> choice(E[] values, Property<E> value) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setButtonCell(new LabelCell<>());
        box.setCellFactory(_ -> new LabelCell<>());
        box.setMaxWidth(Double.MAX_VALUE);
        bind(box.valueProperty(), value);
        return box;
    }

    /// A caption over its field, the field's problem under it.
    private VBox block(String caption, Control field, Field checked) {
        Label label = new Label(caption);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.getStyleClass().add("field-caption");
        field.setMaxWidth(Double.MAX_VALUE);
        VBox block = new VBox(label, field);
        block.getStyleClass().add("field-block");
        if (checked != null) {
            ReadOnlyStringProperty problem = vm.problemProperty(checked);
            Label problemLabel = new Label();
            problemLabel.getStyleClass().add("field-problem");
            problemLabel.setWrapText(true);
            problemLabel.setMinHeight(Region.USE_PREF_SIZE);
            problemLabel.textProperty().bind(problem);
            problemLabel.visibleProperty().bind(problem.isNotEmpty());
            problemLabel.managedProperty().bind(problemLabel.visibleProperty());
            ties.add(problem.subscribe(text -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !text.isEmpty())));
            block.getChildren().add(problemLabel);
        }
        return block;
    }

    /// How a typed time was read ("Tue 24 Nov 14:30, in 2h"), while its field has no problem.
    private static Label reading(ReadOnlyStringProperty reading, ReadOnlyStringProperty problem) {
        Label label = new Label();
        label.getStyleClass().addAll("field-reading", Styles.TEXT_SMALL);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(reading);
        label.visibleProperty().bind(reading.isNotEmpty().and(problem.isEmpty()));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static VBox column(List<? extends Region> blocks) {
        VBox column = new VBox();
        column.getStyleClass().add("form-column");
        column.getChildren().addAll(blocks);
        GridPane.setValignment(column, VPos.TOP);
        return column;
    }

    private <V> void bind(Property<V> field, Property<V> input) {
        field.bindBidirectional(input);
        ties.add(() -> field.unbindBidirectional(input));
    }

    private static ColumnConstraints half() {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(50);
        return column;
    }

    /// An enum by its label, capitalised: "To do", "In progress", "P1".
    private static final class LabelCell<E extends WireEnum> extends ListCell<E> {
        @Override
        protected void updateItem(E item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : item.label().substring(0, 1).toUpperCase(Locale.ROOT) + item.label().substring(1));
        }
    }
}
