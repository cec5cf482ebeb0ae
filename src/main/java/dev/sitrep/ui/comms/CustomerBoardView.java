package dev.sitrep.ui.comms;

import atlantafx.base.theme.Styles;
import dev.sitrep.ui.comms.CustomerBoardViewModel.Row;
import dev.sitrep.ui.comms.LinesCell.Line;
import dev.sitrep.ui.common.ProblemLabel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/// The customer board: every customer the incident affects, most urgent first, with their recovery, last
/// contact, next update, callbacks and promises. Ctrl+F (or typing in the filter) narrows the list and
/// Down goes back to it; Enter or a double click on a customer hands them to [#setOnOpenCustomer], which
/// the Comms screen uses to start a call log or an update for them. The countdowns move every ten seconds
/// while the board is in a window.
public final class CustomerBoardView extends BorderPane {

    private final CustomerBoardViewModel vm;
    private final TableView<Row> table;
    private final TextField filter = new TextField();
    private Consumer<UUID> onOpenCustomer = _ -> {
    };

    public CustomerBoardView(CustomerBoardViewModel vm) {
        this.vm = vm;
        getStyleClass().add("customer-board");
        getStylesheets().add(stylesheet());
        table = table();
        setTop(new VBox(header(), new ProblemLabel(vm.problemProperty(), "customers-problem")));
        setCenter(table);
        ViewParts.keepSelection(table, Row::customerId, vm.selectedCustomerProperty());
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        ViewParts.tickWhileShown(this, vm::tick);
    }

    static String stylesheet() {
        return Objects.requireNonNull(CustomerBoardView.class.getResource("customers.css")).toExternalForm();
    }

    /// What Enter or a double click on a customer does: the Comms screen opens the call log or the update
    /// composer for them. Nothing by default.
    public void setOnOpenCustomer(Consumer<UUID> onOpenCustomer) {
        this.onOpenCustomer = Objects.requireNonNull(onOpenCustomer);
    }

    /// Puts the keyboard on the list of customers, selecting the first when none is.
    public void focusList() {
        ViewParts.focus(table);
    }

    // Layout

    private VBox header() {
        Label title = new Label("Customers");
        title.getStyleClass().add(Styles.TITLE_4);
        Label summary = new Label();
        summary.setId("customers-summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setMinWidth(0);
        filter.setId("customers-filter");
        filter.setPromptText("Customer, SLA or TAM (Ctrl+F)");
        filter.setPrefColumnCount(22);
        filter.setMinWidth(Region.USE_PREF_SIZE);
        filter.textProperty().bindBidirectional(vm.filterProperty());
        ViewParts.filterKeys(filter, this::focusList);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, summary, spacer, filter);
        top.setAlignment(Pos.CENTER_LEFT);
        Label order = new Label("Most urgent first: update overdue, then callback overdue, then a commitment at "
                + "risk, then the next update due · Enter opens the selected customer");
        order.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        order.setMinWidth(0);
        VBox header = new VBox(4, top, order);
        header.getStyleClass().add("customers-header");
        return header;
    }

    private TableView<Row> table() {
        TableView<Row> rows = new TableView<>(vm.rows());
        rows.setId("customers-table");
        rows.getStyleClass().addAll("customers-table", Styles.STRIPED);
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        rows.setPlaceholder(new Label("No customer is affected by the current incident yet."));
        rows.getColumns().addAll(List.of(
                LinesCell.column("Customer", 250, row -> List.of(new Line(row.name(), Line.MAIN),
                        new Line(row.tier() + (row.tam().isEmpty() ? "" : " · TAM " + row.tam()), Line.MUTED))),
                recoveryColumn(),
                LinesCell.column("Last contact", 190, row -> List.of(new Line(row.lastContact(),
                        row.lastContactBy().isEmpty() ? Line.MUTED : ""), new Line(row.lastContactBy(), Line.MUTED))),
                LinesCell.column("Next update", 150, row -> List.of(Line.due(row.nextUpdate(), row.updateUrgency()))),
                LinesCell.column("Callbacks", 150, row -> List.of(new Line(row.callbacks(),
                        row.callbackDue().isEmpty() ? Line.MUTED : ""), Line.due(row.callbackDue(),
                        row.callbackUrgency()))),
                LinesCell.column("Commitments", 160, row -> Stream.of(
                        new Line(row.commitments(), row.commitments().startsWith("none") ? Line.MUTED : ""),
                        new Line(row.commitmentAlert(), Line.DANGER),
                        new Line(row.deferred(), Line.WARNING)).toList())));
        rows.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });
        rows.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelected();
            }
        });
        return rows;
    }

    private static TableColumn<Row, Row> recoveryColumn() {
        TableColumn<Row, Row> column = new TableColumn<>("Sites");
        column.setPrefWidth(170);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(_ -> new RecoveryCell());
        return column;
    }

    // Behaviour

    private void openSelected() {
        Row row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            onOpenCustomer.accept(row.customerId());
        }
    }

    private void shortcuts(KeyEvent event) {
        if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(event)) {
            filter.requestFocus();
            filter.selectAll();
            event.consume();
        }
    }

    /// "3 sites · 41 / 60 back" over a bar of the share back.
    private static final class RecoveryCell extends TableCell<Row, Row> {

        private static final PseudoClass COMPLETE = PseudoClass.getPseudoClass("complete");

        private final Label text = new Label();
        private final ProgressBar bar = new ProgressBar();
        private final VBox box = new VBox(4, text, bar);

        RecoveryCell() {
            bar.getStyleClass().addAll("recovery-bar", Styles.SMALL);
            bar.setMaxWidth(Double.MAX_VALUE);
            text.setMinWidth(0);
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            text.setText(row.sites());
            bar.setProgress(row.recovered());
            bar.pseudoClassStateChanged(COMPLETE, row.recovered() >= 1);
            setGraphic(box);
        }
    }
}
