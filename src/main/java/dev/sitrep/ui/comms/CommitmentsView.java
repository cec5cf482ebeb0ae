package dev.sitrep.ui.comms;

import atlantafx.base.theme.Styles;
import dev.sitrep.domain.CommitmentState;
import dev.sitrep.domain.Customer;
import dev.sitrep.ui.comms.CommitmentsViewModel.Row;
import dev.sitrep.ui.comms.LinesCell.Line;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.ProblemLabel;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/// The promises made to customers: pending ones first by due time, each with its state, its task, its risk
/// and the times it was promised for. Keyboard: Ctrl+N records one, and on the selected one Alt+M marks it
/// met, Alt+X missed and Alt+R revises its time; Ctrl+F filters.
public final class CommitmentsView extends BorderPane {

    private static final KeyCombination RECORD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination MET = new KeyCodeCombination(KeyCode.M, KeyCombination.ALT_DOWN);
    private static final KeyCombination MISSED = new KeyCodeCombination(KeyCode.X, KeyCombination.ALT_DOWN);
    private static final KeyCombination REVISE = new KeyCodeCombination(KeyCode.R, KeyCombination.ALT_DOWN);
    private static final KeyCombination FILTER = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final CommitmentsViewModel vm;
    private final TableView<Row> table;
    private final TextField filter = new TextField();

    /// @param clock the console's clock, for the ETAs the record dialog shows beside its tasks
    public CommitmentsView(CommitmentsViewModel vm, Clock clock) {
        this.vm = vm;
        getStyleClass().add("commitments");
        getStylesheets().add(CustomerBoardView.stylesheet());
        table = table();
        setTop(new VBox(header(), new ProblemLabel(vm.problemProperty(), "commitments-problem")));
        setCenter(table);
        ViewParts.keepSelection(table, Row::id, vm.selectedProperty());
        DialogSlot dialogs = new DialogSlot(this, table);
        Map<KeyCombination, Command> keys = Map.of(RECORD, vm.recordCommand(), MET, vm.markMetCommand(),
                MISSED, vm.markMissedCommand(), REVISE, vm.reviseCommand());
        addEventFilter(KeyEvent.KEY_PRESSED, event -> shortcut(event, keys));
        vm.formProperty().subscribe(form -> dialogs.show(form == null ? null
                : new CommitmentDialog(form, vm.busyProperty(), clock, () -> vm.submit(form)), () -> vm.cancel(form)));
        vm.revisionProperty().subscribe(form -> dialogs.show(form == null ? null
                : new CommitmentRevisionDialog(form, vm.busyProperty(), () -> vm.submit(form)),
                () -> vm.cancel(form)));
        ViewParts.tickWhileShown(this, vm::tick);
    }

    /// Puts the keyboard on the list of promises, selecting the first when none is.
    public void focusList() {
        ViewParts.focus(table);
    }

    // Layout

    private VBox header() {
        Label title = new Label("Commitments");
        title.getStyleClass().add(Styles.TITLE_4);
        Label summary = new Label();
        summary.setId("commitments-summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, summary, spacer, filterField(), customerFilter(), pendingOnly());
        top.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.setMinWidth(0);
        HBox actions = new HBox(8, ViewParts.button("Record…", Material2AL.ADD, "Ctrl+N", vm.recordCommand()),
                ViewParts.button("Met", Material2AL.CHECK, "Alt+M", vm.markMetCommand()),
                ViewParts.button("Missed", Material2AL.CLOSE, "Alt+X", vm.markMissedCommand()),
                ViewParts.button("Revise…", Material2MZ.UPDATE, "Alt+R", vm.reviseCommand()), message);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label keys = new Label("Ctrl+N record · on the selected promise: Alt+M met · Alt+X missed · Alt+R revise "
                + "· Ctrl+F filter");
        keys.getStyleClass().addAll("keys-legend", Styles.TEXT_SMALL);
        keys.setMinWidth(0);
        VBox header = new VBox(8, top, actions, keys);
        header.getStyleClass().add("commitments-header");
        return header;
    }

    private TextField filterField() {
        filter.setId("commitments-filter");
        filter.setPromptText("Customer, promise or task (Ctrl+F)");
        filter.setPrefColumnCount(18);
        filter.setMinWidth(Region.USE_PREF_SIZE);
        filter.textProperty().bindBidirectional(vm.textProperty());
        ViewParts.filterKeys(filter, this::focusList);
        return filter;
    }

    /// "Any customer" or one of the customers promised something, in step with the view model both ways.
    private ComboBox<Customer> customerFilter() {
        ComboBox<Customer> box = CustomerFormDialog.choice("Any customer", Customer::name);
        box.setId("commitments-customer");
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setPrefWidth(180);
        new CustomerFilter(box, vm.customers(), vm.customerProperty());
        return box;
    }

    private CheckBox pendingOnly() {
        CheckBox pending = new CheckBox("Pending only");
        pending.setId("commitments-pending");
        pending.setMinWidth(Region.USE_PREF_SIZE);
        pending.selectedProperty().bindBidirectional(vm.pendingOnlyProperty());
        return pending;
    }

    private TableView<Row> table() {
        TableView<Row> rows = new TableView<>(vm.rows());
        rows.setId("commitments-table");
        rows.getStyleClass().addAll("commitments-table", Styles.STRIPED);
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        rows.setPlaceholder(new Label("No promise to show. Ctrl+N records one; untick “Pending only” to see "
                + "those met or missed."));
        rows.getColumns().addAll(List.of(
                LinesCell.column("Customer", 210, row -> List.of(new Line(row.customer(), Line.MAIN))),
                LinesCell.column("Promise", 360, row -> List.of(Line.plain(row.what()),
                        new Line(row.task().isEmpty() ? "" : "Task: " + row.task(), Line.MUTED))),
                LinesCell.column("Due", 250, row -> List.of(Line.due(row.due(), row.dueUrgency()),
                        new Line(row.history(), Line.MUTED))),
                LinesCell.column("State", 200, row -> List.of(new Line(row.state().label(), stateStyle(row.state())),
                        new Line(row.risk(), Line.DANGER)))));
        return rows;
    }

    private static String stateStyle(CommitmentState state) {
        return switch (state) {
            case MISSED -> Line.DANGER;
            case MET -> Line.MUTED;
            case REVISED -> Line.WARNING;
            case OPEN -> "";
        };
    }

    // Behaviour

    private void shortcut(KeyEvent event, Map<KeyCombination, Command> keys) {
        if (FILTER.match(event)) {
            filter.requestFocus();
            filter.selectAll();
            event.consume();
            return;
        }
        keys.forEach((combination, command) -> {
            if (!event.isConsumed() && combination.match(event)) {
                command.execute();
                event.consume();
            }
        });
    }

    /// Keeps a customer box and the chosen customer's id in step. Only the operator's pick changes the id:
    /// the box being offered new customers, or not offering the chosen one, does not.
    private static final class CustomerFilter {

        private final ComboBox<Customer> box;
        private final ObservableList<Customer> customers;
        private final ObjectProperty<UUID> chosen;
        private boolean showing;

        CustomerFilter(ComboBox<Customer> box, ObservableList<Customer> customers, ObjectProperty<UUID> chosen) {
            this.box = box;
            this.customers = customers;
            this.chosen = chosen;
            customers.subscribe(this::offer);
            chosen.subscribe(this::showChosen);
            box.valueProperty().subscribe(this::picked);
        }

        private void offer() {
            List<Customer> items = new ArrayList<>(customers.size() + 1);
            items.add(null);
            items.addAll(customers);
            showing = true;
            box.getItems().setAll(items);
            showing = false;
            showChosen();
        }

        private void showChosen() {
            Customer customer = customers.stream().filter(c -> c.id().equals(chosen.get())).findFirst().orElse(null);
            if (!Objects.equals(box.getValue(), customer)) {
                showing = true;
                box.setValue(customer);
                showing = false;
            }
        }

        private void picked(Customer customer) {
            UUID id = customer == null ? null : customer.id();
            if (!showing && !Objects.equals(id, chosen.get())) {
                chosen.set(id);
            }
        }
    }
}
