package dev.sitrep.ui.site;

import atlantafx.base.theme.Styles;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.ui.common.StatusStyles;
import dev.sitrep.ui.site.SiteViewModel.DeviceLine;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/// A site's affected devices, with their status, engineer, note and last change, and a bar to set the
/// status of the selected ones: one, several (Shift or Ctrl with the arrows) or all (Ctrl+A).
public final class SiteDevicesDialog extends Dialog<Void> {

    public SiteDevicesDialog(SiteViewModel vm) {
        setTitle("Site devices");
        setResizable(true);
        getDialogPane().getStylesheets().addAll(StatusStyles.stylesheet(), Objects.requireNonNull(
                SiteDevicesDialog.class.getResource("site.css")).toExternalForm());
        getDialogPane().getStyleClass().add("site-devices");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setPrefSize(1100, 640);

        Label title = new Label();
        title.textProperty().bind(vm.titleProperty());
        title.getStyleClass().add(Styles.TITLE_3);

        TableView<DeviceLine> table = table(vm);
        VBox.setVgrow(table, Priority.ALWAYS);

        ComboBox<DeviceStatus> status = new ComboBox<>();
        status.getItems().setAll(DeviceStatus.values());
        status.setButtonCell(new StatusCell());
        status.setCellFactory(_ -> new StatusCell());
        status.valueProperty().bindBidirectional(vm.newStatusProperty());
        status.setPromptText("New status");
        TextField note = new TextField();
        note.setPromptText("Note (optional)");
        note.textProperty().bindBidirectional(vm.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button apply = new Button("Set selected");
        apply.setDefaultButton(true);
        apply.disableProperty().bind(vm.applyCommand().executableProperty().not());
        apply.setOnAction(_ -> vm.applyCommand().execute());
        Label setLabel = new Label("Set the selected devices to");
        setLabel.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinWidth(Region.USE_PREF_SIZE);
        apply.setMinWidth(Region.USE_PREF_SIZE);
        setLabel.setLabelFor(status);
        HBox bar = new HBox(10, setLabel, status, note, apply);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add(Styles.TEXT_MUTED);

        VBox content = new VBox(12, title, table, bar, message);
        content.getStyleClass().add("site-devices-content");
        getDialogPane().setContent(content);
        setOnShown(_ -> table.requestFocus());
        setOnHidden(_ -> vm.close());
    }

    private static TableView<DeviceLine> table(SiteViewModel vm) {
        TableView<DeviceLine> table = new TableView<>(vm.devices());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        table.setPlaceholder(new Label("No device of this site is part of the incident."));
        TableColumn<DeviceLine, DeviceLine> statusColumn = new TableColumn<>("Status");
        statusColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        statusColumn.setCellFactory(_ -> new StatusTableCell());
        statusColumn.setPrefWidth(120);
        table.getColumns().addAll(List.of(column("Hostname", 180, DeviceLine::hostname), statusColumn,
                column("Kind", 110, DeviceLine::kind), column("Engineer", 160, DeviceLine::engineer),
                column("Last change", 150, DeviceLine::lastChange), column("Note", 320, DeviceLine::note)));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<DeviceLine>) _ ->
                vm.selected().setAll(table.getSelectionModel().getSelectedItems().stream()
                        .map(DeviceLine::deviceId).toList()));
        return table;
    }

    private static TableColumn<DeviceLine, String> column(String title, double width,
                                                          Function<DeviceLine, String> text) {
        TableColumn<DeviceLine, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }


    /// The status as its word, coloured.
    private static final class StatusTableCell extends TableCell<DeviceLine, DeviceLine> {
        @Override
        protected void updateItem(DeviceLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll(StatusStyles.ALL);
            setText(empty || line == null ? null : line.status().label());
            if (!empty && line != null) {
                getStyleClass().add(StatusStyles.of(line.status()));
            }
        }
    }

    private static final class StatusCell extends ListCell<DeviceStatus> {
        @Override
        protected void updateItem(DeviceStatus status, boolean empty) {
            super.updateItem(status, empty);
            setText(empty || status == null ? null : status.label());
        }
    }
}
