package dev.sitrep.ui.comms;

import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Text;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/// Every communication of the current incident, newest first, filtered by customer, kind, who logged it,
/// text and open callbacks, with each callback's state in words ("callback overdue 25 min") and marking a
/// callback done in one action.
///
/// Built for 20,000 rows: each row's texts, its lower-case search text and its callback state are worked
/// out once, off the FX thread; a filter only compares; [#tick()] re-evaluates callbacks from the clock
/// without reading the store; journal entries about a few communications read only those.
public final class CommsFeedViewModel {

    /// A callback due this soon stands out.
    static final Duration DUE_SOON = Duration.ofMinutes(15);
    /// More changed communications than this in one batch read the whole feed again.
    private static final int FETCH_ONE_BY_ONE = 100;
    /// More changed rows than this in one tick are shown again at once rather than one by one.
    private static final int REPLACE_ONE_BY_ONE = 100;

    /// Where a communication's callback stands at the time of the last tick.
    public enum CallbackState {
        /// No callback was asked for.
        NONE,
        /// Due later than [#DUE_SOON].
        DUE,
        /// Due within [#DUE_SOON].
        DUE_SOON,
        OVERDUE,
        /// Called back.
        DONE;

        public boolean open() {
            return this == DUE || this == DUE_SOON || this == OVERDUE;
        }
    }

    /// One communication as the feed shows it.
    ///
    /// @param time         "14:30" today, "23 Nov 14:30" before
    /// @param customer     the customer's name; empty for a note about no one in particular
    /// @param firstLine    the summary's first line
    /// @param callbackText "callback due 14:30", "callback overdue 25 min", "called back 14:10", or empty
    /// @param searchText   everything a text filter looks in, in lower case
    public record FeedRow(Communication communication, String time, String customer, String firstLine,
                          CallbackState callback, String callbackText, String searchText) {

        public UUID id() {
            return communication.id();
        }

        public CommunicationKind kind() {
            return communication.kind();
        }
    }

    /// A customer the feed can be filtered by.
    public record CustomerName(UUID id, String name) {
    }

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final Clock clock;

    // Inputs

    private final ObjectProperty<UUID> customer = new SimpleObjectProperty<>(this, "customer");
    private final ObjectProperty<CommunicationKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<String> loggedBy = new SimpleObjectProperty<>(this, "loggedBy");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty callbacksOpenOnly = new SimpleBooleanProperty(this, "callbacksOpenOnly", false);
    private final ObjectProperty<UUID> selected = new SimpleObjectProperty<>(this, "selected");

    // Outputs

    private final ObservableList<FeedRow> all = FXCollections.observableArrayList();
    private final FilteredList<FeedRow> shown = new FilteredList<>(all);
    private final ObservableList<CustomerName> customers = FXCollections.observableArrayList();
    private final ObservableList<String> loggers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FeedRow> selectedRow = new ReadOnlyObjectWrapper<>(this, "selectedRow");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyStringWrapper callbacks = new ReadOnlyStringWrapper(this, "callbacks", "");
    private final ReadOnlyObjectWrapper<CallbackState> mostPressing = new ReadOnlyObjectWrapper<>(this,
            "mostPressing", CallbackState.NONE);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final Command markDone;

    private FeedRows rowMaker;
    private Map<UUID, String> customerNames = Map.of();

    public CommsFeedViewModel(Store store, Workspace workspace, TaskExecutor executor, Clock clock) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        this.clock = clock;
        this.rowMaker = new FeedRows(clock.getZone(), clock.instant());
        markDone = Command.when(Bindings.createBooleanBinding(
                () -> selectedRow.get() != null && selectedRow.get().callback().open(), selectedRow),
                () -> markCallbackDone(selected.get()));
        for (var filter : List.of(customer, kind, loggedBy, text, callbacksOpenOnly)) {
            filter.addListener((_, _, _) -> applyFilters());
        }
        selected.subscribe(this::showSelected);
        workspace.currentIncidentProperty().subscribe(_ -> reload());
        workspace.onChanges(this::onChanges);
    }

    // Loading

    /// Reads the current incident's communications again.
    public void reload() {
        Incident incident = workspace.currentIncident();
        if (incident == null) {
            show(new Loaded(null, List.of(), Map.of()));
            return;
        }
        FeedRows maker = new FeedRows(clock.getZone(), clock.instant());
        executor.execute(() -> load(incident, maker), this::show, this::failed);
    }

    private record Loaded(UUID incidentId, List<FeedRow> rows, Map<UUID, String> customerNames) {
    }

    private Loaded load(Incident incident, FeedRows maker) {
        Map<UUID, String> names = store.inventory().customers().stream()
                .collect(Collectors.toMap(Customer::id, Customer::name));
        List<Communication> communications = store.communications().forIncident(incident.id());
        List<FeedRow> rows = new ArrayList<>(communications.size());
        for (int i = communications.size() - 1; i >= 0; i--) {
            rows.add(maker.row(communications.get(i), names));
        }
        return new Loaded(incident.id(), rows, names);
    }

    private void show(Loaded loaded) {
        if (!isCurrent(loaded.incidentId())) {
            return;
        }
        customerNames = loaded.customerNames();
        problem.set("");
        replaceRows(loaded.rows());
    }

    private boolean isCurrent(UUID incidentId) {
        Incident incident = workspace.currentIncident();
        return Objects.equals(incident == null ? null : incident.id(), incidentId);
    }

    /// A batch about a few communications of the incident reads only those; a renamed customer or a
    /// database replaced reads everything again.
    private void onChanges(List<JournalEntry> entries) {
        Incident incident = workspace.currentIncident();
        if (incident == null) {
            return;
        }
        if (entries.stream().anyMatch(e -> e.entity() == EntityType.DATABASE || e.entity() == EntityType.CUSTOMER)) {
            reload();
            return;
        }
        Set<String> changed = entries.stream()
                .filter(e -> e.entity() == EntityType.COMMUNICATION && incident.id().equals(e.incidentId()))
                .map(JournalEntry::entityId).collect(Collectors.toSet());
        if (changed.isEmpty()) {
            return;
        }
        Optional<List<UUID>> ids = asIds(changed);
        if (ids.isEmpty() || ids.get().size() > FETCH_ONE_BY_ONE) {
            reload();
            return;
        }
        Map<UUID, String> names = customerNames;
        executor.execute(() -> ids.get().stream().map(id -> store.communications().find(id))
                        .flatMap(Optional::stream).toList(),
                fetched -> {
                    if (isCurrent(incident.id())) {
                        fetched.forEach(communication -> upsert(rowMaker.row(communication, names)));
                    }
                }, this::failed);
    }

    private static Optional<List<UUID>> asIds(Set<String> entityIds) {
        try {
            return Optional.of(entityIds.stream().map(UUID::fromString).toList());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /// Puts a new or changed row in its place, newest first.
    private void upsert(FeedRow row) {
        int index = indexOf(row.id());
        if (index >= 0) {
            if (!all.get(index).equals(row)) {
                keepingSelection(() -> all.set(index, row));
            }
        } else {
            int at = 0;
            while (at < all.size() && NEWEST_FIRST.compare(all.get(at), row) < 0) {
                at++;
            }
            int place = at;
            keepingSelection(() -> all.add(place, row));
        }
        offerChoices();
        summarise();
    }

    private int indexOf(UUID id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static final Comparator<FeedRow> NEWEST_FIRST = Comparator
            .comparing((FeedRow row) -> row.communication().at()).reversed()
            .thenComparing(FeedRow::id, Comparator.reverseOrder());

    private void failed(Throwable failure) {
        problem.set(Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName()));
    }

    // Showing rows

    private void replaceRows(List<FeedRow> rows) {
        keepingSelection(() -> all.setAll(rows));
        offerChoices();
        summarise();
    }

    /// Changes the rows; the selected communication stays selected while it is still shown, though the
    /// list may let go of it while it changes.
    private void keepingSelection(Runnable change) {
        UUID keep = selected.get();
        change.run();
        selected.set(keep != null && shown.stream().anyMatch(row -> row.id().equals(keep)) ? keep : null);
        showSelected(selected.get());
    }

    private void showSelected(UUID id) {
        selectedRow.set(id == null ? null : all.stream().filter(row -> row.id().equals(id)).findFirst().orElse(null));
    }

    /// The customers and people that appear in the feed, by name: what the filters offer.
    private void offerChoices() {
        Map<UUID, String> named = new HashMap<>();
        Set<String> people = new HashSet<>();
        for (FeedRow row : all) {
            if (row.communication().customerId() != null) {
                named.putIfAbsent(row.communication().customerId(), row.customer());
            }
            if (!row.communication().loggedBy().isEmpty()) {
                people.add(row.communication().loggedBy());
            }
        }
        List<CustomerName> offeredCustomers = named.entrySet().stream()
                .map(entry -> new CustomerName(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(CustomerName::name, String.CASE_INSENSITIVE_ORDER)).toList();
        if (!customers.equals(offeredCustomers)) {
            customers.setAll(offeredCustomers);
        }
        List<String> offeredPeople = people.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        if (!loggers.equals(offeredPeople)) {
            loggers.setAll(offeredPeople);
        }
    }

    /// "1,204 of 20,000 communications" and "3 callbacks open · 1 overdue · 2 due within 15 min".
    private void summarise() {
        count.set(shown.size() == all.size() ? Text.count(all.size(), "communication")
                : Text.number(shown.size()) + " of " + Text.count(all.size(), "communication"));
        CallbackTally tally = CallbackTally.of(all);
        callbacks.set(tally.text());
        mostPressing.set(tally.mostPressing());
    }

    // Filters

    private void applyFilters() {
        keepingSelection(() -> shown.setPredicate(filter()));
        summarise();
    }

    private FeedFilter filter() {
        return FeedFilter.of(customer.get(), kind.get(), loggedBy.get(), callbacksOpenOnly.get(), text.get());
    }

    /// Lets every filter go.
    public void clearFilters() {
        customer.set(null);
        kind.set(null);
        loggedBy.set(null);
        text.set("");
        callbacksOpenOnly.set(false);
    }

    // Time

    /// Works out again from the clock which callbacks are due soon or overdue, and the times of day shown,
    /// without reading the store; the view calls it every 30 seconds while it shows.
    public void tick() {
        Instant now = clock.instant();
        LocalDate previousDay = rowMaker.today();
        rowMaker = new FeedRows(clock.getZone(), now);
        if (!rowMaker.today().equals(previousDay)) {
            replaceRows(all.stream().map(row -> rowMaker.again(row)).toList());
            return;
        }
        Map<Integer, FeedRow> changed = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            FeedRow row = all.get(i);
            if (row.callback().open()) {
                FeedRow current = rowMaker.again(row);
                if (!current.equals(row)) {
                    changed.put(i, current);
                }
            }
        }
        if (changed.size() > REPLACE_ONE_BY_ONE) {
            List<FeedRow> rows = new ArrayList<>(all);
            changed.forEach(rows::set);
            replaceRows(rows);
        } else if (!changed.isEmpty()) {
            keepingSelection(() -> changed.forEach(all::set));
            summarise();
        }
    }

    // Callbacks

    /// Records that the customer was called back now. The stored communication is read again first, so a
    /// change another console made to it is kept, and a callback someone else already made is not made
    /// again.
    public void markCallbackDone(UUID communicationId) {
        Operator by = workspace.operator();
        if (communicationId == null || by == null) {
            return;
        }
        Map<UUID, String> names = customerNames;
        executor.execute(() -> {
            Communication stored = store.communications().find(communicationId).orElseThrow(() ->
                    new IllegalStateException("That communication is no longer in the database."));
            if (!stored.callbackPending()) {
                return stored;
            }
            Communication done = new Communication(stored.id(), stored.incidentId(), stored.customerId(),
                    stored.kind(), stored.channel(), stored.contact(), stored.summary(), stored.urgency(),
                    stored.loggedBy(), stored.at(), stored.callbackDue(), clock.instant());
            store.communications().save(done, by);
            return done;
        }, done -> {
            problem.set("");
            upsert(rowMaker.row(done, names));
        }, this::failed);
    }

    /// Marks the selected communication's callback done; Ctrl+D in the view.
    public Command markDoneCommand() {
        return markDone;
    }

    // Inputs

    /// Only this customer's communications; `null` for all.
    public ObjectProperty<UUID> customerProperty() {
        return customer;
    }

    /// Only communications of this kind; `null` for all.
    public ObjectProperty<CommunicationKind> kindProperty() {
        return kind;
    }

    /// Only communications this person logged; `null` for everyone's.
    public ObjectProperty<String> loggedByProperty() {
        return loggedBy;
    }

    /// Words that must all appear in the customer, contact, summary, channel, kind or who logged it.
    public StringProperty textProperty() {
        return text;
    }

    /// Only communications whose callback is still to be made.
    public BooleanProperty callbacksOpenOnlyProperty() {
        return callbacksOpenOnly;
    }

    /// The selected communication's id: the view keeps it in step with the list's selection, and it stays
    /// while the feed reloads.
    public ObjectProperty<UUID> selectedProperty() {
        return selected;
    }

    // Outputs

    /// The communications the filters let through, newest first.
    public ObservableList<FeedRow> rows() {
        return shown;
    }

    /// The customers in the feed, by name.
    public ObservableList<CustomerName> customers() {
        return customers;
    }

    /// Who logged communications in the feed, by name.
    public ObservableList<String> loggers() {
        return loggers;
    }

    /// The selected communication, in full.
    public ReadOnlyObjectProperty<FeedRow> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    /// "1,204 of 20,000 communications".
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /// "3 callbacks open · 1 overdue · 2 due within 15 min".
    public ReadOnlyStringProperty callbacksProperty() {
        return callbacks.getReadOnlyProperty();
    }

    /// The state of the most pressing open callback: overdue, due soon, due later, or none open.
    public ReadOnlyObjectProperty<CallbackState> mostPressingCallbackProperty() {
        return mostPressing.getReadOnlyProperty();
    }

    /// Why the feed could not be read or a callback not marked done.
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
