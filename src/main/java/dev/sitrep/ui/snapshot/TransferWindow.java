package dev.sitrep.ui.snapshot;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

import java.util.Objects;

/// A small window in front of the console while a snapshot is exported or imported: what runs, how far it
/// is, and Cancel (or Esc). It shows itself when a transfer starts and closes when it ends; the console
/// behind it stays painted and responsive.
public final class TransferWindow {

    private final Stage stage = new Stage(StageStyle.UTILITY);

    public TransferWindow(SnapshotViewModel vm, Window owner) {
        Label title = new Label();
        title.textProperty().bind(vm.titleProperty());
        title.getStyleClass().addAll(Styles.TITLE_4, "transfer-title");
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(vm.cancelCommand().executableProperty().not());
        cancel.setOnAction(_ -> vm.cancelCommand().execute());
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(title, bar, status, buttons);
        root.getStyleClass().add("transfer");
        root.getStylesheets().add(Objects.requireNonNull(
                TransferWindow.class.getResource("snapshot.css")).toExternalForm());

        Scene scene = new Scene(root);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                vm.cancelCommand().execute();
                event.consume();
            }
        });
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Sitrep");
        stage.setResizable(false);
        // Closing the window is asking to stop; it goes away when the transfer has.
        stage.setOnCloseRequest(event -> {
            vm.cancelCommand().execute();
            event.consume();
        });
        vm.runningProperty().subscribe(running -> {
            if (running) {
                stage.show();
                cancel.requestFocus();
            } else {
                stage.hide();
            }
        });
    }

    Stage stage() {
        return stage;
    }
}
