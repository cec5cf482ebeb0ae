package dev.sitrep.ui.comms;

import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.ui.common.TextAreas;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/// Tells a customer their work slips. It opens filled in (a phone call to their primary contact, and what
/// they were told), so Enter alone logs the usual case; Alt+B picks the channel by keyboard.
final class NotifyCustomerDialog extends CustomerFormDialog {

    NotifyCustomerDialog(NotifyCustomerForm form, ObservableBooleanValue busy, Runnable onSubmit) {
        super("Notify the customer", "Log and mark told", form.validProperty(), busy, form.problemProperty(),
                onSubmit);
        setHeaderText(form.heading());
        ComboBox<CommunicationKind> channel = choice("Choose how", NotifyCustomerDialog::channelName);
        channel.setId("notify-channel");
        channel.getItems().setAll(NotifyCustomerForm.CHANNELS);
        channel.valueProperty().bindBidirectional(form.channelProperty());
        TextField contact = new TextField();
        contact.setId("notify-contact");
        contact.setPromptText("Who was told");
        contact.textProperty().bindBidirectional(form.contactProperty());
        TextArea summary = new TextArea();
        summary.setId("notify-summary");
        summary.setWrapText(true);
        summary.setPrefRowCount(3);
        summary.setPrefColumnCount(34);
        summary.textProperty().bindBidirectional(form.summaryProperty());
        TextAreas.tabLeaves(summary);

        addField("_By", channel, null, null, null);
        addField("_Contact", contact, null, null, null);
        addField("_Told them", summary, form.summaryProblemProperty(), null, null);
        focusFirst(channel);
    }

    private static String channelName(CommunicationKind kind) {
        return kind == CommunicationKind.EMAIL ? "E-mail" : "Phone call";
    }
}
