package dev.sitrep.ui.comms;

import dev.sitrep.domain.Customer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;

/// Records another customer's work that slips: whose, what, when it was due and, if agreed, when it is due
/// now. Typing the first letters of a customer picks them.
final class DeferredWorkDialog extends CustomerFormDialog {

    DeferredWorkDialog(DeferredWorkForm form, ObservableBooleanValue busy, Runnable onSubmit) {
        super("Record deferred work", "Record", form.validProperty(), busy, form.problemProperty(), onSubmit);
        ComboBox<Customer> customer = choice("Choose… (type a name)", Customer::name);
        customer.setId("deferred-customer");
        customer.getItems().setAll(form.customers());
        customer.valueProperty().bindBidirectional(form.customerProperty());
        TextField what = new TextField();
        what.setId("deferred-what");
        what.setPromptText("The work as the customer knows it");
        what.setPrefColumnCount(34);
        what.textProperty().bindBidirectional(form.whatProperty());
        TextField original = new TextField();
        original.setId("deferred-original");
        original.setPromptText("tomorrow 09:00, 2026-11-24 12:00");
        original.textProperty().bindBidirectional(form.originalDueProperty());
        TextField revised = new TextField();
        revised.setId("deferred-revised");
        revised.setPromptText("Empty while no new time is agreed");
        revised.textProperty().bindBidirectional(form.revisedDueProperty());

        addField("_Customer", customer, form.customerProblemProperty(), null, null);
        addField("_What", what, form.whatProblemProperty(), null, null);
        addField("_Was due", original, form.originalDueProblemProperty(), form.originalDueHintProperty(), null);
        addField("_Now due", revised, form.revisedDueProblemProperty(), form.revisedDueHintProperty(), null);
        focusFirst(form.customerProperty().get() == null ? customer : what);
    }
}
