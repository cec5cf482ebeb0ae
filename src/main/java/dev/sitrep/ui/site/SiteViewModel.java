package dev.sitrep.ui.site;

import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Impact;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.Staff;
import dev.sitrep.domain.Text;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/// A site's affected devices in the current incident, for the operator to change their statuses one at a
/// time or many at once. Every change goes to the store, which journals it.
public final class SiteViewModel {

    private static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ROOT);

    /// One affected device as the list shows it.
    public record DeviceLine(UUID deviceId, String hostname, String kind, DeviceStatus status, String engineer,
                             String note, String lastChange) {
    }

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final Clock clock;
    private final UUID siteId;

    private final ObservableList<DeviceLine> devices = FXCollections.observableArrayList();
    private final ObservableList<UUID> selected = FXCollections.observableArrayList();
    private final ObjectProperty<DeviceStatus> newStatus = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Command apply;
    private final Subscription following;

    public SiteViewModel(Store store, Workspace workspace, TaskExecutor executor, Clock clock, UUID siteId) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        this.clock = clock;
        this.siteId = siteId;
        this.apply = Command.when(Bindings.isNotEmpty(selected).and(newStatus.isNotNull())
                .and(workspace.currentIncidentProperty().isNotNull()), this::applyStatus);
        this.following = workspace.onChanges(entries -> {
            if (entries.stream().anyMatch(SiteViewModel::touchesDevices)) {
                reload();
            }
        });
        reload();
    }

    /// Stops following the journal; the dialog calls it when it closes.
    public void close() {
        following.unsubscribe();
    }

    private static boolean touchesDevices(JournalEntry entry) {
        return entry.entity() == EntityType.IMPACT || entry.entity() == EntityType.DATABASE;
    }

    /// Reads the site's affected devices again.
    public void reload() {
        Incident incident = workspace.currentIncident();
        if (incident == null) {
            devices.clear();
            title.set("");
            return;
        }
        executor.execute(() -> load(incident), loaded -> {
            title.set(loaded.title());
            devices.setAll(loaded.lines());
        }, this::failed);
    }

    private record Loaded(String title, List<DeviceLine> lines) {
    }

    private Loaded load(Incident incident) {
        Site site = store.inventory().site(siteId).orElseThrow(() ->
                new IllegalStateException("The site is no longer in the database."));
        String customer = store.inventory().customer(site.customerId()).map(c -> c.name()).orElse("");
        Map<UUID, Device> atSite = store.inventory().devices().stream()
                .filter(device -> device.siteId().equals(siteId))
                .collect(Collectors.toMap(Device::id, Function.identity()));
        Map<UUID, String> engineers = store.staff().all().stream()
                .collect(Collectors.toMap(Staff::id, Staff::name));
        List<DeviceLine> lines = store.impacts().forIncident(incident.id()).stream()
                .filter(impact -> atSite.containsKey(impact.deviceId()))
                .map(impact -> line(atSite.get(impact.deviceId()), impact, engineers))
                .sorted(Comparator.comparingInt((DeviceLine line) -> line.status().severity()).reversed()
                        .thenComparing(DeviceLine::hostname))
                .toList();
        return new Loaded(site.name() + " · " + customer + " · " + Text.count(lines.size(), "affected device"),
                lines);
    }

    private DeviceLine line(Device device, Impact impact, Map<UUID, String> engineers) {
        return new DeviceLine(device.id(), device.hostname(), device.kind().label(), impact.status(),
                impact.engineerId() == null ? "" : engineers.getOrDefault(impact.engineerId(), ""), impact.note(),
                CHANGED.format(impact.changedAt().atZone(clock.getZone())));
    }

    private void applyStatus() {
        Incident incident = workspace.currentIncident();
        List<UUID> devicesToSet = List.copyOf(selected);
        DeviceStatus status = newStatus.get();
        String text = note.get().strip();
        executor.execute(() -> {
            store.impacts().setStatus(incident.id(), devicesToSet, status, text.isEmpty() ? null : text,
                    workspace.operator());
            return load(incident);
        }, loaded -> {
            devices.setAll(loaded.lines());
            note.set("");
            message.set("Set " + Text.count(devicesToSet.size(), "device") + " to " + status.label() + ".");
        }, this::failed);
    }

    private void failed(Throwable failure) {
        message.set(Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName()));
    }

    public ObservableList<DeviceLine> devices() {
        return devices;
    }

    /// The devices to change: the view keeps it in step with the list's selection.
    public ObservableList<UUID> selected() {
        return selected;
    }

    public ObjectProperty<DeviceStatus> newStatusProperty() {
        return newStatus;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /// "Leeds · Acme · 12 affected devices".
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /// What the last change did, or why it was refused.
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Command applyCommand() {
        return apply;
    }
}
