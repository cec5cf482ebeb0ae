package dev.sitrep.ui.board;

import atlantafx.base.theme.Styles;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.DeviceKind;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.Staff;
import dev.sitrep.domain.Text;
import dev.sitrep.ui.board.BulkCandidates.Per;
import dev.sitrep.ui.common.ProblemLabel;
import dev.sitrep.ui.common.StatusStyles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/// Creates many tasks at once: the incident's affected devices (or their sites) on the left, filtered and
/// checked; the template, downtime and engineers on the right, above a live preview of the tasks.
///
/// Built for the keyboard: the search field has the focus when it opens; Tab (or Enter) goes on to the
/// list, where Space checks or unchecks the selected items (Shift+arrows select several), and Tab then to
/// the title and the other fields. Enter creates when everything is right, Esc cancels, F5 reads the
/// devices again. Every field has an Alt shortcut (underlined); Alt+A and Alt+N check all or none of the
/// items shown. The dialog closes once the tasks are stored; its result is how
/// many were created, `null` when cancelled. A failed creation keeps everything and says why.
public final class BulkTasksDialog extends Dialog<Integer> {

    /// The button that creates the planned tasks.
    public static final ButtonType CREATE = new ButtonType("Create", ButtonData.OK_DONE);

    private final BulkTasksViewModel vm;
    private final TextField search = new TextField();

    public BulkTasksDialog(BulkTasksViewModel vm) {
        this.vm = vm;
        setTitle("Create tasks in bulk");
        setResizable(true);
        getDialogPane().getStyleClass().add("bulk-tasks");
        getDialogPane().getStylesheets().addAll(StatusStyles.stylesheet(),
                Objects.requireNonNull(BulkTasksDialog.class.getResource("bulk-tasks.css")).toExternalForm());
        getDialogPane().getButtonTypes().setAll(CREATE, ButtonType.CANCEL);
        getDialogPane().setPrefSize(1100, 700);
        HBox columns = new HBox(20, candidatesColumn(), planColumn());
        VBox.setVgrow(columns, Priority.ALWAYS);
        VBox content = new VBox(10, columns, staleBar(), new ProblemLabel(vm.problemProperty(), "bulk-problem"));
        content.getStyleClass().add("bulk-content");
        content.disableProperty().bind(vm.creatingProperty());
        getDialogPane().setContent(content);
        wireCreate();
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F5) {
                event.consume();
                vm.reloadCommand().execute();
            }
        });
        setResultConverter(button -> button == CREATE ? vm.createdProperty().get() : null);
        setOnShown(_ -> Platform.runLater(search::requestFocus));
        setOnHidden(_ -> vm.close());
    }

    // The candidates

    private VBox candidatesColumn() {
        BulkCandidates candidates = vm.candidates();
        ListView<Checkable<BulkCandidate>> list = candidateList(candidates);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label problem = fieldProblem(vm.itemsProblemProperty());
        VBox column = new VBox(8, perRow(candidates), filterRow(candidates), searchRow(candidates), countsRow(),
                list, problem);
        column.getStyleClass().add("bulk-candidates");
        column.setPrefWidth(420);
        column.setMinWidth(Region.USE_PREF_SIZE);
        return column;
    }

    private HBox perRow(BulkCandidates candidates) {
        Label caption = new Label("One task per");
        caption.getStyleClass().add("bulk-caption");
        ToggleGroup group = new ToggleGroup();
        RadioButton device = perChoice("De_vice", Per.DEVICE, group);
        RadioButton site = perChoice("S_ite", Per.SITE, group);
        candidates.perProperty().subscribe(per -> group.selectToggle(per == Per.SITE ? site : device));
        group.selectedToggleProperty().subscribe(toggle -> {
            if (toggle != null) {
                candidates.perProperty().set((Per) toggle.getUserData());
            }
        });
        HBox row = new HBox(12, caption, device, site);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static RadioButton perChoice(String text, Per per, ToggleGroup group) {
        RadioButton choice = new RadioButton(text);
        choice.setMnemonicParsing(true);
        choice.setUserData(per);
        choice.setToggleGroup(group);
        return choice;
    }

    private HBox filterRow(BulkCandidates candidates) {
        ComboBox<DeviceStatus> status = anyOf(Arrays.asList(DeviceStatus.values()), DeviceStatus::label,
                "Any status", candidates.statusProperty());
        status.setId("bulk-status");
        ComboBox<DeviceKind> kind = anyOf(Arrays.asList(DeviceKind.values()), DeviceKind::label, "Any kind",
                candidates.kindProperty());
        kind.setId("bulk-kind");
        ComboBox<Customer> customer = anyOf(candidates.customers(), Customer::name, "Any customer",
                candidates.customerProperty());
        customer.setId("bulk-customer");
        // Customer names are long: the box takes the row's rest, and its list is as wide as they need.
        customer.setMinWidth(120);
        customer.setPrefWidth(120);
        customer.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(customer, Priority.ALWAYS);
        HBox row = new HBox(8, status, kind, customer);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox searchRow(BulkCandidates candidates) {
        search.setId("bulk-search");
        search.setPromptText("Hostname, role, site or customer, e.g. exch");
        search.textProperty().bindBidirectional(candidates.textProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        // Reached by Alt+A and Alt+N, so Tab goes straight from the search to the list.
        Button all = smallButton("Check _all", vm.checkAllShownCommand()::execute);
        all.disableProperty().bind(vm.checkAllShownCommand().executableProperty().not());
        Button none = smallButton("_None", vm.uncheckAllShownCommand()::execute);
        none.disableProperty().bind(vm.uncheckAllShownCommand().executableProperty().not());
        HBox row = new HBox(8, caption("_Find", search), search, all, none);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Label countsRow() {
        Label counts = new Label();
        counts.setId("bulk-counts");
        counts.getStyleClass().add(Styles.TEXT_MUTED);
        counts.textProperty().bind(vm.candidates().summaryProperty());
        counts.setMinWidth(0);
        return counts;
    }

    private ListView<Checkable<BulkCandidate>> candidateList(BulkCandidates candidates) {
        ListView<Checkable<BulkCandidate>> list = new ListView<>(candidates.shown());
        // Enter in the search goes to what it found, not to Create: typing "exch" and Enter out of habit
        // must not make forty tasks.
        search.setOnAction(event -> {
            event.consume();
            list.requestFocus();
            if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        list.setId("bulk-candidates");
        list.getStyleClass().addAll("bulk-candidate-list", Styles.DENSE);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(_ -> new BulkTasksCells.CandidateCell());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(vm.loadingProperty())
                .then("Reading the incident's affected devices…").otherwise("Nothing to show."));
        list.setPlaceholder(placeholder);
        toggleWithSpace(list, items -> candidates.setChecked(items, !items.getFirst().isChecked()));
        return list;
    }

    // The plan

    private VBox planColumn() {
        ListView<PlannedTaskRow> preview = previewList();
        VBox.setVgrow(preview, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("bulk-summary");
        summary.getStyleClass().add("bulk-summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        Label clashes = new Label("", new FontIcon(Material2MZ.WARNING));
        clashes.setId("bulk-clashes");
        clashes.getStyleClass().add("bulk-clash");
        clashes.setWrapText(true);
        clashes.setMinHeight(Region.USE_PREF_SIZE);
        clashes.textProperty().bind(vm.clashSummaryProperty());
        clashes.visibleProperty().bind(clashes.textProperty().isNotEmpty());
        clashes.managedProperty().bind(clashes.visibleProperty());
        Label heading = caption("P_review", preview);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        VBox column = new VBox(8, titleRow(), downtimeRow(), engineersRow(), heading, summary, clashes, preview);
        column.getStyleClass().add("bulk-plan");
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }

    private VBox titleRow() {
        TextField title = new TextField();
        title.setId("bulk-title");
        title.setPromptText("Apply patch to {name}");
        title.textProperty().bindBidirectional(vm.titleProperty());
        HBox.setHgrow(title, Priority.ALWAYS);
        markedBy(title, vm.titleProblemProperty());
        MenuButton templates = new MenuButton("Template_s");
        templates.setMnemonicParsing(true);
        templates.setMinWidth(Region.USE_PREF_SIZE);
        for (String template : BulkTasksViewModel.TEMPLATES) {
            MenuItem item = new MenuItem(template);
            item.setMnemonicParsing(false);
            item.setOnAction(_ -> {
                vm.titleProperty().set(template);
                title.requestFocus();
                title.end();
            });
            templates.getItems().add(item);
        }
        ComboBox<dev.sitrep.domain.Priority> priority = new ComboBox<>();
        priority.setId("bulk-priority");
        priority.getItems().setAll(dev.sitrep.domain.Priority.values());
        priority.valueProperty().bindBidirectional(vm.priorityProperty());
        priority.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, caption("_Title", title), title, templates, caption("_Priority", priority), priority);
        row.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label();
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        vm.candidates().perProperty().subscribe(per -> hint.setText("{name} becomes each " + per.noun() + "'s "
                + (per == Per.SITE ? "name" : "hostname") + "."));
        Label note = new Label("", new FontIcon(Material2AL.INFO));
        note.getStyleClass().add("bulk-note");
        bindShown(note, vm.titleNoteProperty());
        return new VBox(4, row, fieldProblem(vm.titleProblemProperty()), note, hint);
    }

    private VBox downtimeRow() {
        CheckBox downtime = new CheckBox("Plan _downtime");
        downtime.setId("bulk-downtime");
        downtime.setMnemonicParsing(true);
        downtime.setMinWidth(Region.USE_PREF_SIZE);
        downtime.selectedProperty().bindBidirectional(vm.downtimeProperty());
        TextField start = smallField("bulk-start", 6, "22:00, +2h", vm.startProperty());
        TextField length = smallField("bulk-length", 3, "1h", vm.lengthProperty());
        TextField atATime = smallField("bulk-at-a-time", 2, "4", vm.atATimeProperty());
        stepWithArrows(atATime);
        markedBy(start, vm.startProblemProperty());
        markedBy(length, vm.lengthProblemProperty());
        markedBy(atATime, vm.atATimeProblemProperty());
        // On a narrow window the fields go under the check box rather than out of sight.
        FlowPane row = new FlowPane(12, 6, downtime, labelled("First _window", start), labelled("_Length", length),
                labelled("At a ti_me", atATime));
        row.setAlignment(Pos.CENTER_LEFT);
        for (Node field : List.of(start, length, atATime)) {
            field.disableProperty().bind(downtime.selectedProperty().not());
        }
        Label forms = new Label();
        forms.textProperty().bind(downtime.selectedProperty().map(planned -> planned
                ? "Each task's ETA is the end of its window. Times: 22:00, +2h, tomorrow 06:00; lengths: 45m, 1h30m."
                : "Without downtime the tasks get no ETA: whoever takes one sets it on the board."));
        forms.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        forms.setWrapText(true);
        forms.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(4, row, fieldProblem(vm.startProblemProperty()), fieldProblem(vm.lengthProblemProperty()),
                fieldProblem(vm.atATimeProblemProperty()), forms);
    }

    private HBox engineersRow() {
        ListView<Checkable<Staff>> people = new ListView<>(vm.people());
        people.setId("bulk-engineers");
        people.getStyleClass().addAll("bulk-engineers", Styles.DENSE);
        people.setCellFactory(_ -> new BulkTasksCells.PersonCell());
        people.setPrefHeight(124);
        people.setMinHeight(80);
        people.setPlaceholder(new Label("No staff on record."));
        toggleWithSpace(people, items -> items.forEach(item -> item.setChecked(!item.isChecked())));
        HBox.setHgrow(people, Priority.ALWAYS);
        Label caption = caption("_Engineers", people);
        Label explained = new Label("Checked people take the tasks in turn, in this order. None checked: the "
                + "tasks wait unassigned.");
        explained.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        explained.setWrapText(true);
        explained.setPrefWidth(170);
        explained.setMinWidth(120);
        HBox row = new HBox(8, caption, people, explained);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private ListView<PlannedTaskRow> previewList() {
        ListView<PlannedTaskRow> preview = new ListView<>(vm.preview());
        preview.setId("bulk-preview");
        preview.getStyleClass().addAll("bulk-preview", Styles.DENSE);
        preview.setCellFactory(_ -> new BulkTasksCells.PlannedCell());
        preview.setPlaceholder(new Label("The tasks to create show here."));
        return preview;
    }

    private HBox staleBar() {
        Label said = new Label("The incident's devices, statuses or staff changed since this list was read.",
                new FontIcon(Material2AL.INFO));
        said.setWrapText(true);
        Button again = smallButton("Read again (F5)", vm.reloadCommand()::execute);
        again.setFocusTraversable(true);
        HBox bar = new HBox(10, said, again);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("bulk-stale");
        bar.visibleProperty().bind(vm.staleProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void wireCreate() {
        Button create = (Button) getDialogPane().lookupButton(CREATE);
        create.setId("bulk-create");
        create.setGraphic(new FontIcon(Material2AL.ADD_TASK));
        create.getStyleClass().add(Styles.ACCENT);
        create.setDefaultButton(true);
        create.textProperty().bind(Bindings.size(vm.preview()).map(count -> "_Create "
                + Text.count(count.intValue(), "task")));
        create.disableProperty().bind(vm.createCommand().executableProperty().not());
        create.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();  // the dialog closes once the tasks are stored, and stays open if that fails
            vm.createCommand().execute();
        });
        vm.createdProperty().subscribe(count -> {
            if (count != null) {
                setResult(count);
                close();
            }
        });
    }

    // Small parts

    /// Space checks or unchecks what is selected in `list`, however many: the check boxes in the cells
    /// take no focus of their own.
    private static <T> void toggleWithSpace(ListView<Checkable<T>> list, Consumer<List<Checkable<T>>> toggle) {
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            List<Checkable<T>> selected = List.copyOf(list.getSelectionModel().getSelectedItems());
            if (event.getCode() == KeyCode.SPACE && !event.isShortcutDown() && !selected.isEmpty()) {
                event.consume();
                toggle.accept(selected);
            }
        });
    }

    /// Up and Down count a number field up and down, never below 1.
    private static void stepWithArrows(TextField field) {
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            int step = event.getCode() == KeyCode.UP ? 1 : event.getCode() == KeyCode.DOWN ? -1 : 0;
            if (step != 0 && field.getText().strip().matches("\\d{1,6}")) {
                event.consume();
                field.setText(String.valueOf(Math.max(1, Integer.parseInt(field.getText().strip()) + step)));
                field.end();
            }
        });
    }

    private static TextField smallField(String id, int columns, String prompt, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.setPromptText(prompt);
        field.setMinWidth(Region.USE_PREF_SIZE);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Button smallButton(String text, Runnable action) {
        Button button = new Button(text);
        button.setMnemonicParsing(true);
        button.setFocusTraversable(false);
        button.getStyleClass().add(Styles.SMALL);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(_ -> action.run());
        return button;
    }

    private static HBox labelled(String text, Control field) {
        HBox pair = new HBox(8, caption(text, field), field);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private static Label caption(String text, Control field) {
        Label caption = new Label(text);
        caption.setMnemonicParsing(true);
        caption.setLabelFor(field);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        caption.getStyleClass().add("bulk-caption");
        return caption;
    }

    /// Gives `field` the danger outline while it has a problem.
    private static void markedBy(Control field, ObservableStringValue problem) {
        problem.subscribe(text -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !text.isEmpty()));
    }

    /// A field's problem under it, in the danger colour; taking no room while there is none.
    private static Label fieldProblem(ObservableStringValue problem) {
        Label label = new Label("", new FontIcon(Material2MZ.WARNING));
        label.getStyleClass().add("bulk-field-problem");
        bindShown(label, problem);
        return label;
    }

    private static void bindShown(Label label, ObservableStringValue text) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /// A choice of `values` or, first, none of them ("Any status").
    private static <T> ComboBox<T> anyOf(List<T> values, Function<T, String> text, String any,
                                         ObjectProperty<T> chosen) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(values);
        if (values instanceof ObservableList<T> live) {
            live.subscribe(() -> {
                T kept = box.getValue();
                box.getItems().setAll(live);
                box.getItems().addFirst(null);
                box.setValue(kept);
            });
        }
        box.setPromptText(any);
        box.setButtonCell(new BulkTasksCells.TextCell<>(text, any));
        box.setCellFactory(_ -> new BulkTasksCells.TextCell<>(text, any));
        box.valueProperty().bindBidirectional(chosen);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }
}
