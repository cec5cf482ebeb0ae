package dev.sitrep.ui.inventoryimport;

import atlantafx.base.theme.Styles;
import dev.sitrep.domain.Text;
import dev.sitrep.io.csv.ImportSummary;
import dev.sitrep.io.csv.PlanRow;
import dev.sitrep.io.csv.RowStatus;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.inventoryimport.InventoryImportViewModel.Step;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/// The inventory import wizard: the file, what each of its rows would do, and Import.
///
/// Built for the keyboard: the file chooser opens at once; arrow keys walk the rows; Enter imports when there is
/// something to import and no problem; Esc cancels (or closes, once imported); Alt+C chooses another file and
/// F5 reads the same one again after it was fixed. Every status is a word and an icon as well as a colour.
public final class InventoryImportDialog extends Dialog<Void> {

    /// The button that imports the previewed file.
    public static final ButtonType IMPORT = new ButtonType("Import", ButtonData.OK_DONE);

    private static final ButtonType CANCEL = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);
    /// Room for the table's vertical scroll bar, so the last column never pushes out a horizontal one.
    private static final double SCROLL_BAR_ALLOWANCE = 20;
    private static final double MIN_DETAIL_WIDTH = 280;

    private final InventoryImportViewModel vm;
    private final TableView<PlanRow> table = new TableView<>();

    public InventoryImportDialog(InventoryImportViewModel vm) {
        this.vm = vm;
        setTitle("Import inventory from CSV");
        setHeaderText("Import customers, sites and devices from a CSV file");
        setResizable(true);
        getDialogPane().getStyleClass().add("inventory-import");
        getDialogPane().getStylesheets().add(stylesheet());
        getDialogPane().getButtonTypes().setAll(IMPORT, CANCEL);
        getDialogPane().setContent(content());
        getDialogPane().setPrefSize(1080, 680);
        wireButtons();
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F5) {
                event.consume();
                vm.readAgainCommand().execute();
            }
        });
        setResultConverter(_ -> null);
        setOnShown(_ -> {
            if (vm.fileProperty().get() == null) {
                Platform.runLater(vm.chooseCommand()::execute);
            }
        });
    }

    static String stylesheet() {
        return Objects.requireNonNull(InventoryImportDialog.class.getResource("inventory-import.css")).toExternalForm();
    }

    // Layout

    private VBox content() {
        VBox box = new VBox(12, fileRow(), banner(), countsRow(), fileProblems(), table());
        VBox.setVgrow(table, Priority.ALWAYS);
        box.getStyleClass().add("import-content");
        return box;
    }

    private HBox fileRow() {
        TextField path = new TextField();
        path.setId("import-file");
        path.setEditable(false);
        path.setFocusTraversable(false);
        path.setPromptText("No file chosen yet");
        path.textProperty().bind(vm.fileProperty().map(Path::toString));
        HBox.setHgrow(path, Priority.ALWAYS);
        Label caption = new Label("File");
        caption.setLabelFor(path);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        Button choose = commandButton("_Choose file…", Material2AL.FOLDER_OPEN, vm.chooseCommand());
        choose.setId("import-choose");
        Button again = commandButton("_Read again (F5)", Material2MZ.REFRESH, vm.readAgainCommand());
        again.setId("import-read-again");
        HBox row = new HBox(8, caption, path, choose, again);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Label banner() {
        Label banner = new Label();
        banner.setId("import-message");
        banner.getStyleClass().add("import-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setMinHeight(Region.USE_PREF_SIZE);
        banner.textProperty().bind(vm.messageProperty());
        vm.stepProperty().subscribe(step -> {
            for (Step each : Step.values()) {
                banner.pseudoClassStateChanged(pseudoClass(each), each == step);
            }
            banner.setGraphic(new FontIcon(switch (step) {
                case CHOOSING, READING, IMPORTING -> Material2AL.INFO;
                case READY -> Material2AL.ARROW_FORWARD;
                case NOTHING_TO_CHANGE, IMPORTED -> Material2AL.CHECK_CIRCLE;
                case PROBLEMS, FAILED -> Material2AL.ERROR;
            }));
        });
        return banner;
    }

    private HBox countsRow() {
        Label newCount = countChip(RowStatus.NEW, ImportSummary::newRows);
        Label updatedCount = countChip(RowStatus.UPDATED, ImportSummary::updatedRows);
        Label unchangedCount = countChip(RowStatus.UNCHANGED, ImportSummary::unchangedRows);
        Label errorCount = countChip(RowStatus.ERROR, ImportSummary::errorRows);
        Label sites = new Label();
        sites.getStyleClass().add(Styles.TEXT_MUTED);
        sites.textProperty().bind(vm.summaryProperty().map(ImportSummary::sites));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        CheckBox changesOnly = new CheckBox("_Only rows that change or have problems");
        changesOnly.setMnemonicParsing(true);
        changesOnly.selectedProperty().bindBidirectional(vm.changesOnlyProperty());
        HBox row = new HBox(8, newCount, updatedCount, unchangedCount, errorCount, sites, spacer, changesOnly);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(vm.summaryProperty().isNotNull());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private Label countChip(RowStatus status, Function<ImportSummary, Integer> count) {
        Label chip = new Label("", statusIcon(status));
        chip.getStyleClass().addAll("count-chip", styleClass(status));
        chip.textProperty().bind(vm.summaryProperty().map(summary -> status == RowStatus.ERROR
                ? Text.count(count.apply(summary), "error")
                : Text.number(count.apply(summary)) + " " + status.word()));
        return chip;
    }

    private VBox fileProblems() {
        VBox list = new VBox(4);
        list.setId("import-file-problems");
        list.getStyleClass().add("file-problems");
        Runnable refresh = () -> list.getChildren().setAll(vm.fileProblems().stream().map(problem -> {
            Label label = new Label(problem, new FontIcon(Material2MZ.WARNING));
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            return (Node) label;
        }).toList());
        vm.fileProblems().subscribe(refresh);
        refresh.run();
        list.visibleProperty().bind(Bindings.isNotEmpty(vm.fileProblems()));
        list.managedProperty().bind(list.visibleProperty());
        return list;
    }

    private TableView<PlanRow> table() {
        table.setId("import-rows");
        table.getStyleClass().addAll("import-table", Styles.STRIPED);
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<PlanRow, RowStatus> status = new TableColumn<>("Status");
        status.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().status()));
        status.setCellFactory(_ -> new StatusCell());
        status.setPrefWidth(140);
        status.setMinWidth(130);
        TableColumn<PlanRow, Number> line = new TableColumn<>("Line");
        line.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().line()));
        line.getStyleClass().add("line-column");
        line.setPrefWidth(64);
        line.setMinWidth(56);
        List<TableColumn<PlanRow, ?>> columns = List.of(status, line, textColumn("Customer", 190, PlanRow::customer),
                textColumn("Site", 170, PlanRow::site), textColumn("Hostname", 150, PlanRow::hostname));
        TableColumn<PlanRow, String> detail = textColumn("What changes, or the problem", 320, PlanRow::detail);
        detail.setCellFactory(column -> new DetailCell(column));
        // The sentences take whatever the other columns leave, however the window or those columns are resized.
        DoubleBinding rest = table.widthProperty().subtract(SCROLL_BAR_ALLOWANCE);
        for (TableColumn<PlanRow, ?> column : columns) {
            rest = rest.subtract(column.widthProperty());
        }
        detail.prefWidthProperty().bind(Bindings.max(MIN_DETAIL_WIDTH, rest));
        table.getColumns().setAll(columns);
        table.getColumns().add(detail);
        table.setRowFactory(_ -> new StatusRow());
        Label placeholder = new Label();
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.textProperty().bind(vm.stepProperty().map(step -> switch (step) {
            case CHOOSING -> "No file chosen yet: Choose file… (Alt+C)";
            case READING -> "Reading the file…";
            default -> "No rows to show.";
        }));
        table.setPlaceholder(placeholder);
        vm.stepProperty().subscribe(step -> {
            if (step == Step.READY || step == Step.PROBLEMS || step == Step.NOTHING_TO_CHANGE) {
                Platform.runLater(() -> showFirst(step == Step.PROBLEMS ? RowStatus.ERROR : null));
            }
        });
        return table;
    }

    /// Takes the keyboard to the table and to the first row with `status` (else the first that changes, else the
    /// first), so a problem on line 900 is on the screen without scrolling for it.
    private void showFirst(RowStatus status) {
        table.requestFocus();
        List<PlanRow> rows = table.getItems();
        int index = indexOf(rows, row -> row.status() == status);
        if (index < 0) {
            index = Math.max(0, indexOf(rows, row -> row.status() == RowStatus.NEW || row.status() == RowStatus.UPDATED));
        }
        if (!rows.isEmpty()) {
            table.getSelectionModel().clearAndSelect(index);
            table.getFocusModel().focus(index);
            table.scrollTo(Math.max(0, index - 2));
        }
    }

    private static int indexOf(List<PlanRow> rows, java.util.function.Predicate<PlanRow> wanted) {
        for (int i = 0; i < rows.size(); i++) {
            if (wanted.test(rows.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static TableColumn<PlanRow, String> textColumn(String title, double width, Function<PlanRow, String> value) {
        TableColumn<PlanRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(80);
        return column;
    }

    // Buttons

    private void wireButtons() {
        Button importButton = (Button) getDialogPane().lookupButton(IMPORT);
        importButton.setId("import-apply");
        importButton.setGraphic(new FontIcon(Material2AL.FILE_UPLOAD));
        importButton.getStyleClass().add(Styles.ACCENT);
        importButton.disableProperty().bind(vm.importCommand().executableProperty().not());
        importButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();  // the dialog stays open to say what was imported
            vm.importCommand().execute();
        });
        Button cancel = (Button) getDialogPane().lookupButton(CANCEL);
        cancel.setId("import-cancel");
        cancel.disableProperty().bind(vm.stepProperty().isEqualTo(Step.IMPORTING));
        vm.stepProperty().subscribe(step -> {
            if (step == Step.IMPORTED) {
                cancel.setText("Close");
                importButton.setDefaultButton(false);
                cancel.setDefaultButton(true);
                Platform.runLater(cancel::requestFocus);
            }
        });
    }

    private static Button commandButton(String text, Ikon icon, Command command) {
        Button button = new Button(text, new FontIcon(icon));
        button.setMnemonicParsing(true);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(_ -> command.execute());
        return button;
    }

    // Cells

    private static String styleClass(RowStatus status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT);
    }

    private static PseudoClass pseudoClass(RowStatus status) {
        return PseudoClass.getPseudoClass(status.name().toLowerCase(Locale.ROOT));
    }

    private static PseudoClass pseudoClass(Step step) {
        return PseudoClass.getPseudoClass(step.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static FontIcon statusIcon(RowStatus status) {
        return new FontIcon(switch (status) {
            case NEW -> Material2AL.ADD_CIRCLE_OUTLINE;
            case UPDATED -> Material2AL.EDIT;
            case UNCHANGED -> Material2AL.CHECK;
            case ERROR -> Material2AL.ERROR_OUTLINE;
        });
    }

    /// A row marked with its status, so its cells can show it.
    private static final class StatusRow extends TableRow<PlanRow> {

        @Override
        protected void updateItem(PlanRow row, boolean empty) {
            super.updateItem(row, empty);
            for (RowStatus status : RowStatus.values()) {
                pseudoClassStateChanged(pseudoClass(status), !empty && row != null && row.status() == status);
            }
        }
    }

    /// The status as an icon and a word.
    private static final class StatusCell extends TableCell<PlanRow, RowStatus> {

        StatusCell() {
            getStyleClass().add("status-cell");
        }

        @Override
        protected void updateItem(RowStatus status, boolean empty) {
            super.updateItem(status, empty);
            getStyleClass().removeIf(style -> style.startsWith("status-") && !style.equals("status-cell"));
            if (empty || status == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            getStyleClass().add(styleClass(status));
            setText(status.word());
            setGraphic(statusIcon(status));
        }
    }

    /// What changes, or every problem of the row, wrapped to the column's width rather than cut off.
    private static final class DetailCell extends TableCell<PlanRow, String> {

        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        DetailCell(TableColumn<PlanRow, String> column) {
            getStyleClass().add("detail-cell");
            text.getStyleClass().add("detail-text");
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(20));
            setPrefHeight(Region.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String detail, boolean empty) {
            super.updateItem(detail, empty);
            if (empty || detail == null) {
                setGraphic(null);
                return;
            }
            text.setText(detail);
            setGraphic(text);
        }
    }
}
