package dev.sitrep.ui.comms;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.TextField;

/// Gives a promise a new time; its header says which promise and when it is due now. The old time stays in
/// the promise's history ("promised 14:00, then 16:00").
final class CommitmentRevisionDialog extends CustomerFormDialog {

    CommitmentRevisionDialog(CommitmentRevisionForm form, ObservableBooleanValue busy, Runnable onSubmit) {
        super("Revise a commitment", "Revise", form.validProperty(), busy, form.problemProperty(), onSubmit);
        setHeaderText("Revise " + form.heading());
        TextField due = new TextField();
        due.setId("revision-due");
        due.setPromptText("16:00, +2h, tomorrow 09:00");
        due.setPrefColumnCount(24);
        due.textProperty().bindBidirectional(form.newDueProperty());
        addField("_New time", due, form.newDueProblemProperty(), form.newDueHintProperty(), null);
        focusFirst(due);
    }
}
