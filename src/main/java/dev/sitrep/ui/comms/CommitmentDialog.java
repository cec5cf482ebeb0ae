package dev.sitrep.ui.comms;

import dev.sitrep.domain.Customer;
import dev.sitrep.domain.IncidentTask;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/// Records an ETA promised to a customer: who, what, by when (typed as 14:30, +2h, tomorrow 09:00) and,
/// if one delivers it, the customer's open task. Typing the first letters of a customer picks them.
final class CommitmentDialog extends CustomerFormDialog {

    CommitmentDialog(CommitmentForm form, ObservableBooleanValue busy, Clock clock, Runnable onSubmit) {
        super("Record a commitment", "Record", form.validProperty(), busy, form.problemProperty(), onSubmit);
        ComboBox<Customer> customer = choice("Choose… (type a name)", Customer::name);
        customer.setId("commitment-customer");
        customer.getItems().setAll(form.customers());
        customer.valueProperty().bindBidirectional(form.customerProperty());
        TextField what = new TextField();
        what.setId("commitment-what");
        what.setPromptText("What the customer was told, in their words");
        what.setPrefColumnCount(34);
        what.textProperty().bindBidirectional(form.whatProperty());
        TextField due = new TextField();
        due.setId("commitment-due");
        due.setPromptText("14:30, +2h, tomorrow 09:00");
        due.textProperty().bindBidirectional(form.dueByProperty());
        ComboBox<IncidentTask> task = choice("No task", linked -> linked.title()
                + (linked.eta() == null ? "" : " · ETA " + DueText.time(linked.eta(), clock.instant(),
                clock.getZone())));
        task.setId("commitment-task");
        offer(task, form.tasks());
        form.tasks().addListener((ListChangeListener<IncidentTask>) _ -> offer(task, form.tasks()));
        task.valueProperty().bindBidirectional(form.taskProperty());

        addField("_Customer", customer, form.customerProblemProperty(), null, null);
        addField("_What", what, form.whatProblemProperty(), null, null);
        addField("_Due by", due, form.dueProblemProperty(), form.dueHintProperty(), null);
        addField("_Task", task, null, null, form.taskWarningProperty());
        focusFirst(form.customerProperty().get() == null ? customer : what);
    }

    /// "No task" first, then the customer's open tasks.
    private static void offer(ComboBox<IncidentTask> box, List<IncidentTask> tasks) {
        IncidentTask chosen = box.getValue();
        List<IncidentTask> items = new ArrayList<>(tasks.size() + 1);
        items.add(null);
        items.addAll(tasks);
        box.getItems().setAll(items);
        box.setValue(tasks.contains(chosen) ? chosen : null);
    }
}
