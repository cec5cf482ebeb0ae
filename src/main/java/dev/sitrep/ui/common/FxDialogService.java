package dev.sitrep.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

import java.util.Optional;
import java.util.function.Supplier;

/// Opens real dialogs, owned by the console's main window so they centre on it and stay in front of it.
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    /// @param owner the window dialogs belong to; may supply `null` before the window exists
    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        prepare(alert, title, message);
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        prepare(alert, title, message);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        prepare(alert, title, message);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(prompt);
        dialog.initOwner(owner.get());
        return dialog.showAndWait().map(String::strip);
    }

    private void prepare(Alert alert, String title, String message) {
        alert.setTitle(title);
        alert.setHeaderText(title);
        // A label that wraps, so a long message (a file path, a database error) is read in full.
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(520);
        alert.getDialogPane().setContent(content);
        alert.initOwner(owner.get());
    }
}
