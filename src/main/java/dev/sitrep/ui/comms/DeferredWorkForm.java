package dev.sitrep.ui.comms;

import dev.sitrep.domain.Customer;
import dev.sitrep.domain.DeferredWork;
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

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/// The "record deferred work" dialog's state: another customer's work that slips because the incident came
/// first, when it was due and, if already agreed, when it is due now. The original time may have passed (the
/// work slipped already); the revised one must come after it. Each field has its own problem, in a sentence.
public final class DeferredWorkForm {

    private final List<Customer> customers;
    private final Clock clock;

    // Inputs
    private final ObjectProperty<Customer> customer = new SimpleObjectProperty<>(this, "customer");
    private final StringProperty what = new SimpleStringProperty(this, "what", "");
    private final StringProperty originalDue = new SimpleStringProperty(this, "originalDue", "");
    private final StringProperty revisedDue = new SimpleStringProperty(this, "revisedDue", "");

    // Outputs
    private final ReadOnlyStringWrapper customerProblem = new ReadOnlyStringWrapper(this, "customerProblem", "");
    private final ReadOnlyStringWrapper whatProblem = new ReadOnlyStringWrapper(this, "whatProblem", "");
    private final ReadOnlyStringWrapper originalProblem = new ReadOnlyStringWrapper(this, "originalProblem", "");
    private final ReadOnlyStringWrapper originalHint = new ReadOnlyStringWrapper(this, "originalHint", "");
    private final ReadOnlyStringWrapper revisedProblem = new ReadOnlyStringWrapper(this, "revisedProblem", "");
    private final ReadOnlyStringWrapper revisedHint = new ReadOnlyStringWrapper(this, "revisedHint", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private Instant original;
    private Instant revised;

    /// @param customers  whose work can slip, by name
    /// @param customerId the customer to start with, or `null`
    DeferredWorkForm(List<Customer> customers, Clock clock, UUID customerId) {
        this.customers = List.copyOf(customers);
        this.clock = clock;
        customer.set(this.customers.stream().filter(c -> c.id().equals(customerId)).findFirst().orElse(null));
        for (Observable input : List.of(customer, what, originalDue, revisedDue)) {
            input.addListener(_ -> check());
        }
        check();
    }

    private void check() {
        Instant now = clock.instant();
        customerProblem.set(customer.get() == null ? "Choose the customer whose work slips." : "");
        whatProblem.set(what.get().isBlank() ? "Say which work slips, as the customer knows it." : "");
        DueText.Typed typedOriginal = DueText.read(originalDue.get(), now, clock.getZone(), true);
        original = typedOriginal.time();
        originalProblem.set(typedOriginal.isBlank() ? "Say when it was due: " + TimeEntry.TIME_FORMS + "."
                : typedOriginal.problem());
        originalHint.set(typedOriginal.hint());
        DueText.Typed typedRevised = DueText.read(revisedDue.get(), now, clock.getZone(), false);
        revised = typedRevised.time();
        revisedProblem.set(typedRevised.problem());
        if (revised != null && original != null && !revised.isAfter(original)) {
            revisedProblem.set("The new time must come after the original one, "
                    + DueText.moment(original, now, clock.getZone()) + ".");
            revised = null;
        }
        revisedHint.set(revised == null ? "" : typedRevised.hint());
        problem.set("");
        valid.set(customerProblem.get().isEmpty() && whatProblem.get().isEmpty() && originalProblem.get().isEmpty()
                && revisedProblem.get().isEmpty());
    }

    /// The deferred work the form describes, not yet told; only once the form is valid.
    DeferredWork deferredWork(UUID incidentId) {
        if (!valid.get()) {
            throw new IllegalStateException("the form still has problems");
        }
        return new DeferredWork(UUID.randomUUID(), incidentId, customer.get().id(), what.get(), original, revised,
                null, "");
    }

    /// Says why the store refused it; the form stays as typed.
    void refused(String why) {
        problem.set(Objects.requireNonNullElse(why, "The deferred work could not be recorded."));
    }

    /// Whose work can slip, by name.
    public List<Customer> customers() {
        return customers;
    }

    public ObjectProperty<Customer> customerProperty() {
        return customer;
    }

    public StringProperty whatProperty() {
        return what;
    }

    /// When the work was due, as typed.
    public StringProperty originalDueProperty() {
        return originalDue;
    }

    /// When it is due now, as typed; may stay empty while no new time is agreed.
    public StringProperty revisedDueProperty() {
        return revisedDue;
    }

    public ReadOnlyStringProperty customerProblemProperty() {
        return customerProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whatProblemProperty() {
        return whatProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty originalDueProblemProperty() {
        return originalProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty originalDueHintProperty() {
        return originalHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty revisedDueProblemProperty() {
        return revisedProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty revisedDueHintProperty() {
        return revisedHint.getReadOnlyProperty();
    }

    /// Why the store refused the last attempt; empty otherwise.
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
