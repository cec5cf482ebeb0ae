package dev.sitrep.ui.comms;

import dev.sitrep.domain.Commitment;
import dev.sitrep.domain.CommitmentState;
import dev.sitrep.domain.TimeEntry;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/// The "revise" dialog's state: a new time for a promise that will not be kept as made. The store keeps the
/// old time in the commitment's history, so the customer's story stays readable: "promised 14:00, then 16:00".
public final class CommitmentRevisionForm {

    private final Commitment commitment;
    private final String heading;
    private final Clock clock;

    // Inputs
    private final StringProperty newDue = new SimpleStringProperty(this, "newDue", "");

    // Outputs
    private final ReadOnlyStringWrapper newDueProblem = new ReadOnlyStringWrapper(this, "newDueProblem", "");
    private final ReadOnlyStringWrapper newDueHint = new ReadOnlyStringWrapper(this, "newDueHint", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private Instant due;

    /// @param customer the name of the customer it was promised to, for the heading
    CommitmentRevisionForm(Commitment commitment, String customer, Clock clock) {
        this.commitment = commitment;
        this.clock = clock;
        this.heading = "“" + commitment.what() + "” for " + customer + ", due "
                + DueText.moment(commitment.dueAt(), clock.instant(), clock.getZone());
        newDue.addListener(_ -> check());
        check();
    }

    private void check() {
        Instant now = clock.instant();
        DueText.Typed typed = DueText.read(newDue.get(), now, clock.getZone(), false);
        due = typed.time();
        if (typed.isBlank()) {
            newDueProblem.set("Say the new time: " + TimeEntry.TIME_FORMS + ".");
        } else if (due != null && due.equals(commitment.dueAt())) {
            newDueProblem.set("That is the time already promised: give the new one.");
            due = null;
        } else {
            newDueProblem.set(typed.problem());
        }
        newDueHint.set(due == null ? "" : typed.hint());
        problem.set("");
        valid.set(due != null);
    }

    /// The commitment revised to the new time; only once the form is valid.
    Commitment revised() {
        if (!valid.get()) {
            throw new IllegalStateException("the form still has problems");
        }
        return new Commitment(commitment.id(), commitment.incidentId(), commitment.customerId(), commitment.what(),
                due, commitment.taskId(), CommitmentState.REVISED, commitment.createdAt());
    }

    /// Says why the store refused the new time; the form stays as typed.
    void refused(String why) {
        problem.set(Objects.requireNonNullElse(why, "The commitment could not be revised."));
    }

    /// What is being revised: "“Webmail back” for Acme, due today 14:00".
    public String heading() {
        return heading;
    }

    /// The new time as typed.
    public StringProperty newDueProperty() {
        return newDue;
    }

    public ReadOnlyStringProperty newDueProblemProperty() {
        return newDueProblem.getReadOnlyProperty();
    }

    /// The typed time said back: "today 16:00, in 2 h 00 min".
    public ReadOnlyStringProperty newDueHintProperty() {
        return newDueHint.getReadOnlyProperty();
    }

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
