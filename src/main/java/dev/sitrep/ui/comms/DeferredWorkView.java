package dev.sitrep.ui.comms;

import atlantafx.base.theme.Styles;
import dev.sitrep.ui.comms.DeferredWorkViewModel.Row;
import dev.sitrep.ui.comms.LinesCell.Line;
import dev.sitrep.ui.common.ProblemLabel;
import javafx.geometry.Pos;
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

import java.util.List;

/// Other customers' work that slips because the incident came first, those not told yet first, marked
/// "not told" in amber. Keyboard: Ctrl+N records such work; Enter or Alt+N on the selected one opens the
/// notify prompt, which starts as a phone call to the customer's contact with the words filled in, so a
/// second Enter logs it and marks the work told. Ctrl+F filters.
public final class DeferredWorkView extends BorderPane {

    private static final KeyCombination RECORD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NOTIFY = new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN);
    private static final KeyCombination FILTER = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final DeferredWorkViewModel vm;
    private final TableView<Row> table;
    private final TextField filter = new TextField();

    public DeferredWorkView(DeferredWorkViewModel vm) {
        this.vm = vm;
        getStyleClass().add("deferred-work");
        getStylesheets().add(CustomerBoardView.stylesheet());
        table = table();
        setTop(new VBox(header(), new ProblemLabel(vm.problemProperty(), "deferred-problem")));
        setCenter(table);
        ViewParts.keepSelection(table, Row::id, vm.selectedProperty());
        DialogSlot dialogs = new DialogSlot(this, table);
        vm.formProperty().subscribe(form -> dialogs.show(form == null ? null
                : new DeferredWorkDialog(form, vm.busyProperty(), () -> vm.submit(form)), () -> vm.cancel(form)));
        vm.noticeProperty().subscribe(notice -> dialogs.show(notice == null ? null
                : new NotifyCustomerDialog(notice, vm.busyProperty(), () -> vm.submit(notice)),
                () -> vm.cancel(notice)));
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        ViewParts.tickWhileShown(this, vm::tick);
    }

    /// Puts the keyboard on the list, selecting the first job when none is.
    public void focusList() {
        ViewParts.focus(table);
    }

    // Layout

    private VBox header() {
        Label title = new Label("Deferred work");
        title.getStyleClass().add(Styles.TITLE_4);
        Label summary = new Label();
        summary.setId("deferred-summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setMinWidth(0);
        filter.setId("deferred-filter");
        filter.setPromptText("Customer or work (Ctrl+F)");
        filter.setPrefColumnCount(18);
        filter.setMinWidth(Region.USE_PREF_SIZE);
        filter.textProperty().bindBidirectional(vm.textProperty());
        ViewParts.filterKeys(filter, this::focusList);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, summary, spacer, filter);
        top.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.setMinWidth(0);
        HBox actions = new HBox(8, ViewParts.button("Record…", Material2AL.ADD, "Ctrl+N", vm.recordCommand()),
                ViewParts.button("Notify…", Material2MZ.PHONE_FORWARDED, "Enter or Alt+N", vm.notifyCommand()),
                message);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label keys = new Label("Ctrl+N record · on the selected job: Enter or Alt+N notify the customer · "
                + "Ctrl+F filter");
        keys.getStyleClass().addAll("keys-legend", Styles.TEXT_SMALL);
        keys.setMinWidth(0);
        VBox header = new VBox(8, top, actions, keys);
        header.getStyleClass().add("deferred-header");
        return header;
    }

    private TableView<Row> table() {
        TableView<Row> rows = new TableView<>(vm.rows());
        rows.setId("deferred-table");
        rows.getStyleClass().addAll("deferred-table", Styles.STRIPED);
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        rows.setPlaceholder(new Label("No customer's work slips yet. Ctrl+N records work the incident pushes "
                + "back."));
        rows.getColumns().addAll(List.of(
                LinesCell.column("Customer", 240, row -> List.of(new Line(row.customer(), Line.MAIN))),
                LinesCell.column("Work", 340, row -> List.of(Line.plain(row.what()))),
                LinesCell.column("Was due", 150, row -> List.of(Line.plain(row.originalDue()))),
                LinesCell.column("Now due", 150, row -> List.of(new Line(row.revisedDue(),
                        row.revisedDue().startsWith("no ") ? Line.MUTED : ""))),
                LinesCell.column("Customer told", 220, row -> List.of(new Line(row.told(),
                        row.isTold() ? Line.MUTED : Line.WARNING)))));
        rows.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                vm.notifyCommand().execute();
                event.consume();
            }
        });
        return rows;
    }

    // Behaviour

    private void shortcut(KeyEvent event) {
        if (FILTER.match(event)) {
            filter.requestFocus();
            filter.selectAll();
        } else if (RECORD.match(event)) {
            vm.recordCommand().execute();
        } else if (NOTIFY.match(event)) {
            vm.notifyCommand().execute();
        } else {
            return;
        }
        event.consume();
    }
}
