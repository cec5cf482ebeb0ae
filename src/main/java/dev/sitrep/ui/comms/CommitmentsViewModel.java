package dev.sitrep.ui.comms;

import dev.sitrep.domain.Commitment;
import dev.sitrep.domain.CommitmentState;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.EtaRisk;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Text;
import dev.sitrep.domain.UpdateSchedule.Urgency;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/// The ETAs promised to customers in the current incident: each with its state, whether its task now
/// threatens it ([EtaRisk]) and the times it was promised for. The operator records new ones, and marks the
/// selected one met, missed or revised to a new time; every change goes through the store, which journals
/// it. Pending ones show first, by due time; a filter narrows them by customer or text.
public final class CommitmentsViewModel {

    /// One promise as the list shows it; colours only repeat the words.
    ///
    /// @param due     for a pending one "due 14:00", "due in 12 min" or "overdue 5 min"; else the time, "14:00"
    /// @param history "promised 12:00, then 14:00" when the time was revised; else empty
    /// @param risk    "at risk: task ETA 16:00" while its task is expected after the time promised; else empty
    /// @param task    "Patch EXCH-02 · ETA 16:00": the task that delivers it; empty for none
    public record Row(UUID id, UUID customerId, String customer, String what, String due, Urgency dueUrgency,
                      String history, CommitmentState state, String risk, String task, String searchText) {

        public boolean isAtRisk() {
            return !risk.isEmpty();
        }
    }

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final Clock clock;

    // Inputs
    private final BooleanProperty pendingOnly = new SimpleBooleanProperty(this, "pendingOnly", true);
    private final ObjectProperty<UUID> customer = new SimpleObjectProperty<>(this, "customer");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<UUID> selected = new SimpleObjectProperty<>(this, "selected");

    // Outputs
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> shownRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Customer> customers = FXCollections.observableArrayList();
    private final ObservableList<Customer> promisedCustomers = FXCollections.unmodifiableObservableList(customers);
    private final ReadOnlyObjectWrapper<CommitmentForm> form = new ReadOnlyObjectWrapper<>(this, "form");
    private final ReadOnlyObjectWrapper<CommitmentRevisionForm> revision =
            new ReadOnlyObjectWrapper<>(this, "revision");
    private final ReadOnlyBooleanWrapper selectedPending = new ReadOnlyBooleanWrapper(this, "selectedPending");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    // Commands
    private final Command record;
    private final Command markMet;
    private final Command markMissed;
    private final Command revise;

    private CommitmentsData loaded;
    private List<Row> all = List.of();

    public CommitmentsViewModel(Store store, Workspace workspace, TaskExecutor executor, Clock clock) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        this.clock = clock;
        var free = busy.not();
        record = Command.when(workspace.currentIncidentProperty().isNotNull().and(free), () -> recordFor(null));
        markMet = Command.when(selectedPending.and(free), () -> settle(CommitmentState.MET));
        markMissed = Command.when(selectedPending.and(free), () -> settle(CommitmentState.MISSED));
        revise = Command.when(selectedPending.and(free), this::openRevision);
        for (var filter : List.of(pendingOnly, customer, text)) {
            filter.addListener((_, _, _) -> applyFilter());
        }
        selected.addListener((_, _, _) -> updateSelectedPending());
        workspace.currentIncidentProperty().subscribe(_ -> reload());
        workspace.onChanges(this::onChanges);
    }

    // Loading

    public void reload() {
        Incident incident = workspace.currentIncident();
        if (incident == null || loaded != null && !loaded.incident().id().equals(incident.id())) {
            show(null);  // nothing of another incident stays on show, or open to change, while this one loads
        }
        if (incident == null) {
            return;
        }
        executor.execute(() -> CommitmentsData.load(store, incident), this::show, this::failed);
    }

    private void onChanges(List<JournalEntry> entries) {
        Incident incident = workspace.currentIncident();
        if (incident != null && entries.stream().anyMatch(entry -> switch (entry.entity()) {
            case CUSTOMER, DATABASE -> true;
            case COMMITMENT, TASK -> incident.id().equals(entry.incidentId());
            default -> false;
        })) {
            reload();
        }
    }

    private void show(CommitmentsData data) {
        Incident current = workspace.currentIncident();
        if (data != null && (current == null || !current.id().equals(data.incident().id()))) {
            return;  // another incident was chosen meanwhile; its own load follows
        }
        loaded = data;
        problem.set("");
        List<Customer> promised = data == null ? List.of() : data.promisedCustomers();
        if (!customers.equals(promised)) {
            customers.setAll(promised);
        }
        tick();
    }

    private void failed(Throwable failure) {
        busy.set(false);
        problem.set(reason(failure));
    }

    private static String reason(Throwable failure) {
        return Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName());
    }

    // The clock

    /// Works the due times out again for the time now ("due in 12 min", "overdue 5 min"); reads nothing.
    public void tick() {
        if (loaded == null) {
            all = List.of();
            summary.set(workspace.currentIncident() == null ? "No current incident" : "");
        } else {
            Instant now = clock.instant();
            all = loaded.rows(now, clock.getZone());
            summary.set(loaded.summary(now));
        }
        applyFilter();
    }

    // Filter and selection

    private void applyFilter() {
        String wanted = Text.orEmpty(text.get()).toLowerCase(Locale.ROOT);
        List<Row> shown = all.stream()
                .filter(row -> !pendingOnly.get() || row.state().isPending())
                .filter(row -> customer.get() == null || customer.get().equals(row.customerId()))
                .filter(row -> wanted.isEmpty() || row.searchText().contains(wanted))
                .toList();
        if (!rows.equals(shown)) {
            rows.setAll(shown);
        }
        updateSelectedPending();
    }

    private void updateSelectedPending() {
        selectedPending.set(selectedCommitment().map(c -> c.state().isPending()).orElse(false));
    }

    private Optional<Commitment> selectedCommitment() {
        UUID id = selected.get();
        if (id == null || loaded == null || rows.stream().noneMatch(row -> row.id().equals(id))) {
            return Optional.empty();
        }
        return loaded.find(id);
    }

    // Recording

    /// Opens the form for a new commitment, with `customerId` chosen (or the customer filtered by, or none).
    public void recordFor(UUID customerId) {
        Incident incident = workspace.currentIncident();
        if (incident == null || busy.get()) {
            return;
        }
        UUID chosen = customerId != null ? customerId : customer.get();
        executor.execute(() -> new CommitmentForm(
                        store.inventory().customers().stream()
                                .sorted(Comparator.comparing(Customer::name, String.CASE_INSENSITIVE_ORDER)).toList(),
                        store.tasks().forIncident(incident.id()).stream().filter(IncidentTask::isOpen).toList(),
                        clock, chosen),
                form::set, this::failed);
    }

    /// Records the open form's commitment if it is valid; the form closes once it is stored, and stays open
    /// with the store's reason when it is refused.
    public void submit(CommitmentForm submitted) {
        Incident incident = workspace.currentIncident();
        if (submitted != form.get() || !submitted.isValid() || busy.get() || incident == null) {
            return;
        }
        Commitment commitment = submitted.commitment(incident.id());
        write(() -> store.commitments().save(commitment, workspace.operator()), () -> {
            form.set(null);
            selected.set(commitment.id());
            message.set("Recorded the promise to " + customerName(commitment) + ": " + commitment.what() + ", "
                    + DueText.due(commitment.dueAt(), clock.instant(), clock.getZone()) + ".");
        }, submitted::refused);
    }

    public void cancel(CommitmentForm cancelled) {
        if (cancelled == form.get()) {
            form.set(null);
        }
    }

    // Settling and revising

    private void settle(CommitmentState state) {
        selectedCommitment().ifPresent(commitment -> {
            Commitment settled = new Commitment(commitment.id(), commitment.incidentId(), commitment.customerId(),
                    commitment.what(), commitment.dueAt(), commitment.taskId(), state, commitment.createdAt());
            write(() -> store.commitments().save(settled, workspace.operator()), () -> message.set("Marked “"
                    + commitment.what() + "” for " + customerName(commitment) + " " + state.label() + "."),
                    problem::set);
        });
    }

    private void openRevision() {
        selectedCommitment().ifPresent(commitment ->
                revision.set(new CommitmentRevisionForm(commitment, customerName(commitment), clock)));
    }

    /// Stores the revised time if the form is valid; the old time goes into the commitment's history.
    public void submit(CommitmentRevisionForm submitted) {
        if (submitted != revision.get() || !submitted.isValid() || busy.get()) {
            return;
        }
        Commitment revised = submitted.revised();
        write(() -> store.commitments().save(revised, workspace.operator()), () -> {
            revision.set(null);
            message.set("Revised “" + revised.what() + "” for " + customerName(revised) + " to "
                    + DueText.moment(revised.dueAt(), clock.instant(), clock.getZone()) + ".");
        }, submitted::refused);
    }

    public void cancel(CommitmentRevisionForm cancelled) {
        if (cancelled == revision.get()) {
            revision.set(null);
        }
    }

    /// Runs a store write, then reads the list again; one at a time, so a double Enter cannot record twice.
    private void write(Runnable change, Runnable done, Consumer<String> refused) {
        Incident incident = workspace.currentIncident();
        busy.set(true);
        executor.execute(() -> {
            change.run();
            return CommitmentsData.load(store, incident);
        }, data -> {
            busy.set(false);
            show(data);
            done.run();
        }, failure -> {
            busy.set(false);
            refused.accept(reason(failure));
        });
    }

    private String customerName(Commitment commitment) {
        return loaded == null ? "the customer" : loaded.customerName(commitment.customerId());
    }

    // Properties

    /// The commitments shown: pending first, then by due time.
    public ObservableList<Row> rows() {
        return shownRows;
    }

    /// Only the promises still to be kept (open or revised); on at first.
    public BooleanProperty pendingOnlyProperty() {
        return pendingOnly;
    }

    /// Only the promises to this customer; `null` for all.
    public ObjectProperty<UUID> customerProperty() {
        return customer;
    }

    /// Customers with a promise in the incident, by name: what the customer filter offers.
    public ObservableList<Customer> customers() {
        return promisedCustomers;
    }

    /// Only the promises whose customer, what or task contains this text.
    public StringProperty textProperty() {
        return text;
    }

    /// The commitment the actions apply to; the view keeps it in step with the list's selection.
    public ObjectProperty<UUID> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty selectedPendingProperty() {
        return selectedPending.getReadOnlyProperty();
    }

    /// The form of a new commitment while one is open: the view shows a dialog for it.
    public ReadOnlyObjectProperty<CommitmentForm> formProperty() {
        return form.getReadOnlyProperty();
    }

    /// The form of a new time for the selected commitment while one is open.
    public ReadOnlyObjectProperty<CommitmentRevisionForm> revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /// A change is being stored.
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /// "6 pending · 2 at risk · 1 overdue of 9 commitments".
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// What the last change did.
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /// Why the list could not be read or a change was refused; empty otherwise.
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public Command recordCommand() {
        return record;
    }

    public Command markMetCommand() {
        return markMet;
    }

    public Command markMissedCommand() {
        return markMissed;
    }

    public Command reviseCommand() {
        return revise;
    }
}
