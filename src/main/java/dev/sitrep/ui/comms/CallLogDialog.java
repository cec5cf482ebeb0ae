package dev.sitrep.ui.comms;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/// The call log in a dialog of its own, for Ctrl+L from anywhere in the console. It stays open after a call
/// is logged, for the next one; Escape or Close shuts it.
///
/// The dialog does not close its view model: a console keeps one for its life, so a call half typed when
/// the dialog was shut is still there when it opens again.
public final class CallLogDialog extends Dialog<Void> {

    private static final ButtonType LOG = new ButtonType("Log call", ButtonData.OK_DONE);

    public CallLogDialog(CallLogViewModel vm) {
        setTitle("Log a call");
        setResizable(true);
        CallLogForm form = new CallLogForm(vm, false);
        getDialogPane().getStylesheets().add(CallLogForm.stylesheet());
        getDialogPane().getStyleClass().add("call-log-dialog");
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(LOG, ButtonType.CLOSE);
        Button log = (Button) getDialogPane().lookupButton(LOG);
        form.dressAsLogButton(log);
        // Enter is the form's: it logs from any field, and picks from an open list first.
        log.setDefaultButton(false);
        log.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            form.logCall();
        });
        setOnShown(_ -> Platform.runLater(form::focusCustomer));
    }
}
