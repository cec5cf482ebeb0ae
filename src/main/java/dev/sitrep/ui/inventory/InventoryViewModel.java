package dev.sitrep.ui.inventory;

import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Impact;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.Staff;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/// The inventory screen: customers, their sites and devices, each device's status in the current incident,
/// filtered by text and by whether it is affected.
///
/// Loading runs on the store's executor; filtering runs where it is asked for, over an index prepared for it
/// (see [InventoryIndex]), so typing stays quick with tens of thousands of devices.
public final class InventoryViewModel {

    /// The inventory as one background load returns it.
    private record Loaded(List<Customer> customers, List<Site> sites, List<Device> devices,
                          Map<UUID, String> staffNames) {
    }

    /// The inventory with one incident's statuses, ready to filter.
    private record Indexed(Loaded inventory, UUID incidentId, InventoryIndex index) {
    }

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private Loaded inventory;
    private UUID impactsIncidentId;
    private InventoryIndex index = InventoryIndex.EMPTY;

    // Inputs

    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final BooleanProperty affectedOnly = new SimpleBooleanProperty(this, "affectedOnly");

    // Outputs

    private final ReadOnlyObjectWrapper<InventoryTree> tree = new ReadOnlyObjectWrapper<>(this, "tree",
            InventoryTree.EMPTY);
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper statusCaption = new ReadOnlyStringWrapper(this, "statusCaption", "");
    private final ReadOnlyBooleanWrapper hasIncident = new ReadOnlyBooleanWrapper(this, "hasIncident");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public InventoryViewModel(Store store, Workspace workspace, TaskExecutor executor) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        filterText.addListener(_ -> applyFilter());
        affectedOnly.addListener(_ -> applyFilter());
        workspace.currentIncidentProperty().subscribe(this::onIncident);
        workspace.onChanges(this::onChanges);
        reload();
    }

    // Loading

    /// Loads the whole inventory, the staff names and the current incident's impacts again.
    public void reload() {
        UUID incidentId = currentIncidentId();
        loading.set(true);
        executor.execute(() -> {
            Loaded loaded = new Loaded(store.inventory().customers(), store.inventory().sites(),
                    store.inventory().devices(), store.staff().all().stream()
                    .collect(Collectors.toUnmodifiableMap(Staff::id, Staff::name)));
            return indexed(loaded, incidentId);
        }, this::show, this::failed);
    }

    private void reloadImpacts() {
        Loaded loaded = inventory;
        UUID incidentId = currentIncidentId();
        if (loaded == null) {
            return;  // the full load under way brings the impacts with it
        }
        executor.execute(() -> indexed(loaded, incidentId), this::show, this::failed);
    }

    /// Loads the impacts of `incidentId` and builds the index, both in the background: with tens of thousands
    /// of devices, building the index is the part of a refresh worth keeping off the UI thread.
    private Indexed indexed(Loaded loaded, UUID incidentId) {
        Map<UUID, Impact> impacts = incidentId == null ? Map.of() : store.impacts().forIncident(incidentId).stream()
                .collect(Collectors.toUnmodifiableMap(Impact::deviceId, Function.identity()));
        return new Indexed(loaded, incidentId, InventoryIndex.of(loaded.customers(), loaded.sites(),
                loaded.devices(), impacts, loaded.staffNames()));
    }

    private void show(Indexed indexed) {
        loading.set(false);
        inventory = indexed.inventory();
        if (!Objects.equals(indexed.incidentId(), currentIncidentId())) {
            reloadImpacts();  // another incident was chosen while this one loaded
            return;
        }
        impactsIncidentId = indexed.incidentId();
        index = indexed.index();
        problem.set("");
        applyFilter();
    }

    private UUID currentIncidentId() {
        Incident incident = workspace.currentIncident();
        return incident == null ? null : incident.id();
    }

    private void failed(Throwable failure) {
        loading.set(false);
        problem.set("The inventory could not be loaded: " + Objects.requireNonNullElse(failure.getMessage(),
                failure.getClass().getSimpleName()));
    }

    // Reacting to the workspace

    private void onIncident(Incident incident) {
        hasIncident.set(incident != null);
        statusCaption.set(incident == null ? "No current incident: statuses are not shown."
                : "Status in " + incident.code());
        if (incident == null) {
            affectedOnly.set(false);
        }
        if (!Objects.equals(currentIncidentId(), impactsIncidentId)) {
            reloadImpacts();
        }
    }

    private void onChanges(List<JournalEntry> entries) {
        if (entries.stream().anyMatch(InventoryViewModel::touchesInventory)) {
            reload();
        } else if (impactsIncidentId != null && entries.stream().anyMatch(entry ->
                entry.entity() == EntityType.IMPACT && impactsIncidentId.equals(entry.incidentId()))) {
            reloadImpacts();
        }
    }

    private static boolean touchesInventory(JournalEntry entry) {
        return switch (entry.entity()) {
            case CUSTOMER, SITE, DEVICE, STAFF -> entry.action() != JournalAction.SIGNED_IN;
            case DATABASE -> true;
            default -> false;
        };
    }

    private void applyFilter() {
        InventoryTree filtered = index.filter(filterText.get(), affectedOnly.get());
        tree.set(filtered);
        counts.set(filtered.countsText());
    }

    // Property accessors

    /// What to search for in customer and site names, hostnames, products and versions.
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /// Shows only devices in the current incident (and their sites and customers).
    public BooleanProperty affectedOnlyProperty() {
        return affectedOnly;
    }

    /// The filtered tree; replaced (never changed in place) whenever the filter or the data changes.
    public ReadOnlyObjectProperty<InventoryTree> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public InventoryTree tree() {
        return tree.get();
    }

    /// "26 customers · 41 sites · 40 of 120 devices shown".
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /// Which incident the status column speaks of.
    public ReadOnlyStringProperty statusCaptionProperty() {
        return statusCaption.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasIncidentProperty() {
        return hasIncident.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /// Why the inventory could not be loaded; empty when it could.
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
