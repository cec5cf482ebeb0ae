package dev.sitrep.ui.comms;

import dev.sitrep.domain.Commitment;
import dev.sitrep.domain.CommitmentState;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.TimeEntry;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/// The "record a commitment" dialog's state: who was promised what by when, and the task that delivers it.
///
/// Each field has its own problem, in a sentence shown under it; the dialog's OK stays disabled while any
/// is left. The due time is read as people type it ([dev.sitrep.domain.TimeEntry]) and said back with its
/// day, so "+2h" is seen to mean "today 16:30". A linked task whose ETA is already after the time promised
/// is allowed, with a warning: the promise starts at risk.
public final class CommitmentForm {

    private final List<Customer> customers;
    private final List<IncidentTask> openTasks;
    private final Clock clock;

    // Inputs
    private final ObjectProperty<Customer> customer = new SimpleObjectProperty<>(this, "customer");
    private final StringProperty what = new SimpleStringProperty(this, "what", "");
    private final StringProperty dueBy = new SimpleStringProperty(this, "dueBy", "");
    private final ObjectProperty<IncidentTask> task = new SimpleObjectProperty<>(this, "task");

    // Outputs
    private final ObservableList<IncidentTask> tasks = FXCollections.observableArrayList();
    private final ObservableList<IncidentTask> offeredTasks = FXCollections.unmodifiableObservableList(tasks);
    private final ReadOnlyStringWrapper customerProblem = new ReadOnlyStringWrapper(this, "customerProblem", "");
    private final ReadOnlyStringWrapper whatProblem = new ReadOnlyStringWrapper(this, "whatProblem", "");
    private final ReadOnlyStringWrapper dueProblem = new ReadOnlyStringWrapper(this, "dueProblem", "");
    private final ReadOnlyStringWrapper dueHint = new ReadOnlyStringWrapper(this, "dueHint", "");
    private final ReadOnlyStringWrapper taskWarning = new ReadOnlyStringWrapper(this, "taskWarning", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private Instant due;

    /// @param customers the customers a promise can be made to, by name
    /// @param openTasks the incident's open tasks; those of the chosen customer are offered
    /// @param customerId the customer to start with, or `null`
    CommitmentForm(List<Customer> customers, List<IncidentTask> openTasks, Clock clock, UUID customerId) {
        this.customers = List.copyOf(customers);
        this.openTasks = List.copyOf(openTasks);
        this.clock = clock;
        customer.set(this.customers.stream().filter(c -> c.id().equals(customerId)).findFirst().orElse(null));
        offerTasks();
        customer.addListener((_, _, _) -> offerTasks());
        for (Observable input : List.of(customer, what, dueBy, task)) {
            input.addListener(_ -> check());
        }
        check();
    }

    /// Offers the chosen customer's open tasks, and lets go of a task of another customer.
    private void offerTasks() {
        Customer chosen = customer.get();
        tasks.setAll(chosen == null ? List.of() : openTasks.stream()
                .filter(candidate -> chosen.id().equals(candidate.scope().customerId()))
                .sorted(Comparator.comparing(IncidentTask::title, String.CASE_INSENSITIVE_ORDER))
                .toList());
        if (task.get() != null && !tasks.contains(task.get())) {
            task.set(null);
        }
    }

    private void check() {
        Instant now = clock.instant();
        customerProblem.set(customer.get() == null ? "Choose the customer the promise was made to." : "");
        whatProblem.set(what.get().isBlank() ? "Say what was promised, as the customer was told it." : "");
        DueText.Typed typed = DueText.read(dueBy.get(), now, clock.getZone(), false);
        due = typed.time();
        dueProblem.set(typed.isBlank() ? "Say by when: " + TimeEntry.TIME_FORMS + "."
                : typed.problem());
        dueHint.set(typed.hint());
        IncidentTask linked = task.get();
        taskWarning.set(due != null && linked != null && linked.eta() != null && linked.eta().isAfter(due)
                ? "Its ETA, " + DueText.moment(linked.eta(), now, clock.getZone())
                + ", is after the time promised: the commitment starts at risk." : "");
        problem.set("");
        valid.set(customerProblem.get().isEmpty() && whatProblem.get().isEmpty() && dueProblem.get().isEmpty());
    }

    /// The commitment the form describes, open and made now; only once the form is valid.
    Commitment commitment(UUID incidentId) {
        if (!valid.get()) {
            throw new IllegalStateException("the form still has problems");
        }
        IncidentTask linked = task.get();
        return new Commitment(UUID.randomUUID(), incidentId, customer.get().id(), what.get(), due,
                linked == null ? null : linked.id(), CommitmentState.OPEN, clock.instant());
    }

    /// Says why the store refused the commitment; the form stays as typed.
    void refused(String why) {
        problem.set(Objects.requireNonNullElse(why, "The commitment could not be recorded."));
    }

    /// Who a promise can be made to, by name.
    public List<Customer> customers() {
        return customers;
    }

    /// The chosen customer's open tasks, by title: what the promise can hang on.
    public ObservableList<IncidentTask> tasks() {
        return offeredTasks;
    }

    public ObjectProperty<Customer> customerProperty() {
        return customer;
    }

    public StringProperty whatProperty() {
        return what;
    }

    /// The due time as typed: 14:30, +2h, tomorrow 09:00, ...
    public StringProperty dueByProperty() {
        return dueBy;
    }

    /// The task that delivers the promise, or `null` for none.
    public ObjectProperty<IncidentTask> taskProperty() {
        return task;
    }

    public ReadOnlyStringProperty customerProblemProperty() {
        return customerProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whatProblemProperty() {
        return whatProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dueProblemProperty() {
        return dueProblem.getReadOnlyProperty();
    }

    /// The typed due time said back: "today 16:30, in 2 h 00 min".
    public ReadOnlyStringProperty dueHintProperty() {
        return dueHint.getReadOnlyProperty();
    }

    /// Set when the linked task is expected after the time promised.
    public ReadOnlyStringProperty taskWarningProperty() {
        return taskWarning.getReadOnlyProperty();
    }

    /// Why the store refused the last attempt to record it; empty otherwise.
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }
}
