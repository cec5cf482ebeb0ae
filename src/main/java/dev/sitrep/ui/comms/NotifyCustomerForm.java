package dev.sitrep.ui.comms;

import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.DeferredWork;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Urgency;
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

/// The "notify" prompt's state: telling a customer that their work slips. It starts filled in (a phone
/// call to their primary contact, "Told Zenith that the mailbox migration moves from Tue 12:00 to Fri
/// 12:00"), so Enter alone logs the usual case; the channel, contact and words can all be changed first.
public final class NotifyCustomerForm {

    /// The ways a customer is told: a call or an e-mail.
    public static final List<CommunicationKind> CHANNELS = List.of(CommunicationKind.OUTBOUND_CALL,
            CommunicationKind.EMAIL);

    private final DeferredWork work;
    private final Customer customer;
    private final Clock clock;

    // Inputs
    private final ObjectProperty<CommunicationKind> channel =
            new SimpleObjectProperty<>(this, "channel", CommunicationKind.OUTBOUND_CALL);
    private final StringProperty contact = new SimpleStringProperty(this, "contact", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");

    // Outputs
    private final ReadOnlyStringWrapper summaryProblem = new ReadOnlyStringWrapper(this, "summaryProblem", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    NotifyCustomerForm(DeferredWork work, Customer customer, Clock clock) {
        this.work = work;
        this.customer = customer;
        this.clock = clock;
        contact.set(customer.primaryContact().name());
        summary.set(toldSentence(customer.name(), work, clock));
        channel.addListener(_ -> check());
        summary.addListener(_ -> check());
        check();
    }

    /// "Told Zenith that the mailbox migration moves from Tue 12:00 to Fri 12:00", or, while no new time is
    /// agreed, "Told Zenith that the mailbox migration, due Tue 12:00, is put back; a new time follows".
    static String toldSentence(String customer, DeferredWork work, Clock clock) {
        Instant now = clock.instant();
        String what = "the " + asInSentence(work.what());
        String original = DueText.time(work.originalDue(), now, clock.getZone());
        if (work.revisedDue() == null) {
            return "Told " + customer + " that " + what + ", due " + original
                    + ", is put back; a new time follows.";
        }
        return "Told " + customer + " that " + what + " moves from " + original + " to "
                + DueText.time(work.revisedDue(), now, clock.getZone()) + ".";
    }

    /// A name typed as a heading, read inside a sentence: "Mailbox migration" becomes "mailbox migration";
    /// a first word with capitals of its own ("SharePoint", "VPN") is left as it is.
    static String asInSentence(String what) {
        String firstWord = what.split("\\s+", 2)[0];
        boolean plainCapital = firstWord.length() > 1 && Character.isUpperCase(firstWord.charAt(0))
                && firstWord.substring(1).chars().allMatch(Character::isLowerCase);
        return plainCapital ? Character.toLowerCase(what.charAt(0)) + what.substring(1) : what;
    }

    private void check() {
        summaryProblem.set(summary.get().isBlank() ? "Say what the customer was told." : "");
        problem.set("");
        valid.set(channel.get() != null && summaryProblem.get().isEmpty());
    }

    /// The call or e-mail to log, made now by `by`; only once the form is valid.
    Communication communication(Operator by) {
        if (!valid.get()) {
            throw new IllegalStateException("the form still has problems");
        }
        CommunicationKind kind = channel.get();
        return new Communication(UUID.randomUUID(), work.incidentId(), work.customerId(), kind,
                kind == CommunicationKind.EMAIL ? "E-mail" : "Phone", contact.get(), summary.get(), Urgency.NORMAL,
                by.name(), clock.instant(), null, null);
    }

    /// Says why the store refused it; the prompt stays as typed.
    void refused(String why) {
        problem.set(Objects.requireNonNullElse(why, "The customer could not be marked as told."));
    }

    /// The work the customer is told about.
    public DeferredWork work() {
        return work;
    }

    /// "Tell Zenith: Mailbox migration".
    public String heading() {
        return "Tell " + customer.name() + ": " + work.what();
    }

    /// A call ([CommunicationKind#OUTBOUND_CALL], the default) or an e-mail.
    public ObjectProperty<CommunicationKind> channelProperty() {
        return channel;
    }

    /// Who was told; their primary contact at first.
    public StringProperty contactProperty() {
        return contact;
    }

    /// What the log will say.
    public StringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty summaryProblemProperty() {
        return summaryProblem.getReadOnlyProperty();
    }

    /// Why the store refused it; empty otherwise.
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
