package dev.sitrep.ui.comms;

import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CustomerAttention;
import dev.sitrep.domain.CustomerAttention.Reason;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.StatusTotals;
import dev.sitrep.domain.Text;
import dev.sitrep.domain.UpdateSchedule.Urgency;
import dev.sitrep.store.Store;
import dev.sitrep.ui.comms.CustomerBoardData.Facts;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/// One row per customer the current incident affects, most urgent first (see [CustomerAttention]): how
/// their sites recover, when they last heard from us, when their next status update is due, the call backs
/// owed to them and the promises made to them. A text filter narrows the rows; the selected customer is
/// what the Comms screen pre-fills a call log or a status update with.
///
/// The board follows the journal: a call, promise, deferred job, impact or task of the incident, or a
/// change of the incident itself, reads it again. [#tick] moves the countdowns without reading the store.
public final class CustomerBoardViewModel {

    /// One customer as the board shows them. Every colour has its words: the urgencies only choose it.
    ///
    /// @param tier            "Gold SLA"
    /// @param sites           "3 sites · 41 / 60 back"
    /// @param recovered       the share of their impacted devices back, 0 to 1
    /// @param lastContact     "14:02 · outbound call", or "no contact yet"
    /// @param lastContactBy   who logged it: "Priya Shah"
    /// @param nextUpdate      "due 14:30", "due in 12 min", "overdue 25 min", or "none owed"
    /// @param callbacks       "2 open", or "none"
    /// @param callbackDue     the earliest: "first due 14:10", "due in 5 min", "overdue 5 min"; empty for none
    /// @param commitments     "2 open · 1 revised", or "none open"
    /// @param commitmentAlert "1 at risk · 1 missed", or empty
    /// @param deferred        "1 deferred job not told", or empty
    public record Row(UUID customerId, String name, String tier, String tam, String sites, double recovered,
                      String lastContact, String lastContactBy, String nextUpdate, Urgency updateUrgency,
                      String callbacks, String callbackDue, Urgency callbackUrgency, String commitments, String commitmentAlert, String deferred,
                      Reason reason, String searchText) {
    }

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final Clock clock;

    // Inputs
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<UUID> selectedCustomer = new SimpleObjectProperty<>(this, "selectedCustomer");

    // Outputs
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> shownRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    private CustomerBoardData data;
    private CustomerBoardData.Inventory inventory;
    private List<Row> all = List.of();

    public CustomerBoardViewModel(Store store, Workspace workspace, TaskExecutor executor, Clock clock) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        this.clock = clock;
        filter.addListener((_, _, _) -> applyFilter());
        workspace.currentIncidentProperty().subscribe(_ -> reload());
        workspace.onChanges(this::onChanges);
    }

    // Loading

    /// Reads the current incident's customers again.
    public void reload() {
        Incident incident = workspace.currentIncident();
        if (incident == null) {
            data = null;
            tick();
            return;
        }
        if (data != null && !data.incident().id().equals(incident.id())) {
            data = null;  // another incident's customers are not shown while this one loads
            tick();
        }
        CustomerBoardData.Inventory known = inventory;
        executor.execute(() -> CustomerBoardData.load(store, incident.id(),
                known == null ? CustomerBoardData.Inventory.read(store) : known), this::show, this::failed);
    }

    private void onChanges(List<JournalEntry> entries) {
        Incident incident = workspace.currentIncident();
        if (incident == null) {
            return;
        }
        boolean inventoryChanged = entries.stream().anyMatch(entry -> switch (entry.entity()) {
            case CUSTOMER, SITE, DEVICE, DATABASE -> true;
            default -> false;
        });
        if (inventoryChanged) {
            inventory = null;
        }
        if (inventoryChanged || entries.stream().anyMatch(entry -> touchesCustomers(entry, incident))) {
            reload();
        }
    }

    private static boolean touchesCustomers(JournalEntry entry, Incident incident) {
        return incident.id().equals(entry.incidentId()) && switch (entry.entity()) {
            case COMMUNICATION, COMMITMENT, DEFERRED_WORK, IMPACT, TASK, INCIDENT -> true;
            default -> false;
        };
    }

    private void show(CustomerBoardData loaded) {
        Incident current = workspace.currentIncident();
        if (current == null || !current.id().equals(loaded.incident().id())) {
            return;  // another incident was chosen meanwhile; its own load follows
        }
        data = loaded;
        inventory = loaded.inventory();
        problem.set("");
        tick();
    }

    private void failed(Throwable failure) {
        problem.set("The customers could not be brought up to date: " + Objects.requireNonNullElse(
                failure.getMessage(), failure.getClass().getSimpleName()));
    }

    // The clock

    /// Works the countdowns, their colours and the order out again for the time now; reads nothing.
    public void tick() {
        if (data == null) {
            all = List.of();
            summary.set(workspace.currentIncident() == null ? "No current incident" : "");
            applyFilter();
            return;
        }
        Instant now = clock.instant();
        all = data.customers().stream()
                .sorted(Comparator.comparing(CustomerBoardViewModel::attention,
                        CustomerAttention.mostUrgentFirst(now)))
                .map(facts -> row(facts, now))
                .toList();
        summary.set(summary(now));
        applyFilter();
    }

    private static CustomerAttention attention(Facts facts) {
        return new CustomerAttention(facts.customer().id(), facts.customer().name(), facts.updateDue(),
                facts.callbacksDue().isEmpty() ? null : facts.callbacksDue().getFirst(), facts.atRisk());
    }

    private Row row(Facts facts, Instant now) {
        String tier = capitalized(facts.customer().slaTier().label()) + " SLA";
        String tam = facts.customer().tam();
        Instant firstCallback = facts.callbacksDue().isEmpty() ? null : facts.callbacksDue().getFirst();
        Communication contact = facts.lastContact();
        return new Row(facts.customer().id(), facts.customer().name(), tier, tam, sites(facts), facts.devices()
                .progress(), lastContact(contact, now), contact == null ? "" : contact.loggedBy(),
                facts.updateDue() == null ? "none owed" : DueText.due(facts.updateDue(), now, clock.getZone()),
                Urgency.of(facts.updateDue(), now, DueText.WARNING),
                facts.callbacksDue().isEmpty() ? "none" : facts.callbacksDue().size() + " open",
                callbackDue(facts.callbacksDue(), now), Urgency.of(firstCallback, now, DueText.WARNING), commitments(facts), commitmentAlert(facts),
                facts.deferredNotTold() == 0 ? "" : Text.count(facts.deferredNotTold(), "deferred job") + " not told",
                attention(facts).reason(now),
                String.join(" ", facts.customer().name(), tier, tam).toLowerCase(Locale.ROOT));
    }

    private static String sites(Facts facts) {
        StatusTotals devices = facts.devices();
        return Text.count(facts.sites(), "site") + " · " + devices.recovered() + " / " + devices.total() + " back";
    }

    private String lastContact(Communication contact, Instant now) {
        if (contact == null) {
            return "no contact yet";
        }
        return DueText.time(contact.at(), now, clock.getZone()) + " · " + contact.kind().label();
    }

    /// The earliest call back owed: "first due 14:10" among several, "overdue 5 min" once late.
    private String callbackDue(List<Instant> due, Instant now) {
        if (due.isEmpty()) {
            return "";
        }
        Instant first = due.getFirst();
        boolean late = Urgency.of(first, now, DueText.WARNING) == Urgency.OVERDUE;
        return (due.size() > 1 && !late ? "first " : "") + DueText.due(first, now, clock.getZone());
    }

    private static String commitments(Facts facts) {
        if (facts.pending() == 0) {
            return "none open";
        }
        return facts.pending() + " open" + (facts.revised() == 0 ? "" : " · " + facts.revised() + " revised");
    }

    private static String commitmentAlert(Facts facts) {
        List<String> alerts = new ArrayList<>();
        if (facts.atRisk() > 0) {
            alerts.add(facts.atRisk() + " at risk");
        }
        if (facts.missed() > 0) {
            alerts.add(facts.missed() + " missed");
        }
        return String.join(" · ", alerts);
    }

    /// "26 customers · 3 updates overdue · 2 callbacks overdue · 1 commitment at risk".
    private String summary(Instant now) {
        List<Facts> customers = data.customers();
        long updates = customers.stream().filter(facts -> facts.updateDue() != null && now.isAfter(facts.updateDue()))
                .count();
        long callbacks = customers.stream().flatMap(facts -> facts.callbacksDue().stream()).filter(now::isAfter)
                .count();
        long atRisk = customers.stream().mapToInt(Facts::atRisk).sum();
        List<String> parts = new ArrayList<>();
        parts.add(Text.count(customers.size(), "customer") + " affected");
        parts.add(updates == 0 ? "every update on time" : Text.count(updates, "update") + " overdue");
        if (callbacks > 0) {
            parts.add(Text.count(callbacks, "callback") + " overdue");
        }
        if (atRisk > 0) {
            parts.add(Text.count(atRisk, "commitment") + " at risk");
        }
        return String.join(" · ", parts);
    }

    // Filter

    private void applyFilter() {
        String wanted = Text.orEmpty(filter.get()).toLowerCase(Locale.ROOT);
        List<Row> shown = all.stream().filter(row -> wanted.isEmpty() || row.searchText().contains(wanted)).toList();
        if (!rows.equals(shown)) {
            rows.setAll(shown);
        }
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    // Properties

    /// The customers shown, most urgent first.
    public ObservableList<Row> rows() {
        return shownRows;
    }

    /// Only customers whose name, SLA tier or TAM contains this text, ignoring case.
    public StringProperty filterProperty() {
        return filter;
    }

    /// The customer picked on the board, or `null`: the view keeps it in step with its selection, and the
    /// Comms screen reads it to pre-fill a call log or a status update.
    public ObjectProperty<UUID> selectedCustomerProperty() {
        return selectedCustomer;
    }

    /// "26 customers affected · 3 updates overdue · 2 callbacks overdue · 1 commitment at risk".
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// Why the board could not be brought up to date; empty when it is.
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
