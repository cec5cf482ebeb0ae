package dev.sitrep.ui.common;

import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import javafx.util.Subscription;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/// What every screen of one console shares: who is signed in, which incident is current, and the
/// stream of changes that this and other consoles write to the journal.
///
/// The shell sets the operator and the current incident; the change-feed poller calls [#publish] on the
/// FX thread with each batch of new journal entries, and view models refresh what those entries touch.
public final class Workspace {

    private final ObjectProperty<Operator> operator = new SimpleObjectProperty<>(this, "operator");
    private final ObjectProperty<Incident> currentIncident = new SimpleObjectProperty<>(this, "currentIncident");
    private final List<Consumer<List<JournalEntry>>> changeListeners = new CopyOnWriteArrayList<>();

    public ObjectProperty<Operator> operatorProperty() {
        return operator;
    }

    public Operator operator() {
        return operator.get();
    }

    public ObjectProperty<Incident> currentIncidentProperty() {
        return currentIncident;
    }

    public Incident currentIncident() {
        return currentIncident.get();
    }

    /// Calls `listener` with every batch of new journal entries, on the UI thread, until the subscription
    /// is cancelled (what a dialog does when it closes; screens follow for the console's life).
    public Subscription onChanges(Consumer<List<JournalEntry>> listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    /// Hands a batch of new journal entries to every listener; called by the change-feed poller.
    public void publish(List<JournalEntry> entries) {
        if (!entries.isEmpty()) {
            changeListeners.forEach(listener -> listener.accept(entries));
        }
    }
}
