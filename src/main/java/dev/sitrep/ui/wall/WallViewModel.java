package dev.sitrep.ui.wall;

import dev.sitrep.domain.BurnUp;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.JournalSentence;
import dev.sitrep.domain.StatusTotals;
import dev.sitrep.domain.Text;
import dev.sitrep.domain.UpdateSchedule;
import dev.sitrep.domain.UpdateSchedule.Urgency;
import dev.sitrep.domain.WallTile;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/// The wall display's state for the current incident: a tile per affected site, worst first; the header's
/// figures; the burn-up; the latest journal lines.
///
/// Loading runs off the UI thread. The wall follows the journal: a change made at any console reloads it,
/// and the tiles it touched stay highlighted for a few seconds. [#tick], once a second, moves the clocks,
/// the countdown to the next customer update and the calls of the last hour.
public final class WallViewModel {

    /// How long a tile stays highlighted after a change reached it.
    static final Duration HIGHLIGHT = Duration.ofSeconds(4);
    /// The countdown turns amber this long before the next customer update is due.
    static final Duration UPDATE_WARNING = Duration.ofMinutes(15);
    /// Journal lines on the ticker.
    static final int TICKER_LINES = 6;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /// One line of the ticker: "14:02  Priya Shah  set EXCH-02 (Leeds) to restored".
    public record TickerLine(String time, String actor, String sentence) {
    }

    private final Store store;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ObjectProperty<Duration> staleAfter;

    private final ObservableList<WallTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<TickerLine> ticker = FXCollections.observableArrayList();
    private final ObservableSet<UUID> highlighted = FXCollections.observableSet();
    private final ReadOnlyObjectWrapper<Incident> incident = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StatusTotals> totals = new ReadOnlyObjectWrapper<>(StatusTotals.EMPTY);
    private final ReadOnlyObjectWrapper<BurnUp> burnUp = new ReadOnlyObjectWrapper<>(new BurnUp(List.of()));
    private final ReadOnlyIntegerWrapper openTasks = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper blockedTasks = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper callsLastHour = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper localTime = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextUpdate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextUpdateCustomer = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Urgency> urgency = new ReadOnlyObjectWrapper<>(Urgency.NONE);
    private final ReadOnlyObjectWrapper<Instant> now;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    private final Map<UUID, Instant> highlightUntil = new HashMap<>();
    private WallData data;
    private int generation;
    /// The burn-up replay of the incident shown; touched only by the store's executor thread.
    private BurnUp.Replay replay;
    /// The inventory the roll-ups use; also touched only by the store's executor thread.
    private WallData.Inventory inventory;

    /// @param staleAfter how long an open site may go without a change before its tile says so, at first
    public WallViewModel(Store store, Workspace workspace, TaskExecutor executor, Clock clock, Duration staleAfter) {
        this.store = store;
        this.executor = executor;
        this.clock = clock;
        this.staleAfter = new SimpleObjectProperty<>(staleAfter);
        this.now = new ReadOnlyObjectWrapper<>(clock.instant());
        workspace.currentIncidentProperty().subscribe(current -> show(current == null ? null : current.id()));
        workspace.onChanges(this::onChanges);
    }

    // Loading

    private void show(UUID incidentId) {
        int loading = ++generation;
        highlightUntil.clear();
        highlighted.clear();
        if (incidentId == null) {
            apply(loading, null);
            return;
        }
        executor.execute(() -> {
            Incident current = store.incidents().find(incidentId).orElseThrow();
            replay = WallData.replay(store, current);
            inventory = WallData.Inventory.read(store);
            return WallData.load(store, incidentId, inventory, replay, TICKER_LINES);
        }, loaded -> apply(loading, loaded), this::failed);
    }

    private void onChanges(List<JournalEntry> entries) {
        Incident shown = incident.get();
        if (shown == null) {
            return;
        }
        List<JournalEntry> ours = entries.stream().filter(entry -> shown.id().equals(entry.incidentId())).toList();
        boolean wholeDatabase = entries.stream().anyMatch(entry -> entry.entity() == EntityType.DATABASE);
        if (wholeDatabase) {
            show(shown.id());
            return;
        }
        boolean inventoryChanged = entries.stream().anyMatch(entry -> switch (entry.entity()) {
            case CUSTOMER, SITE, DEVICE -> true;
            default -> false;
        });
        if (ours.isEmpty() && !inventoryChanged) {
            return;
        }
        markChangedSites(ours);
        int loading = generation;
        executor.execute(() -> {
            ours.forEach(replay::add);
            if (inventoryChanged) {
                inventory = WallData.Inventory.read(store);
            }
            return WallData.load(store, shown.id(), inventory, replay, TICKER_LINES);
        }, loaded -> apply(loading, loaded), this::failed);
    }

    private void markChangedSites(List<JournalEntry> entries) {
        Instant until = clock.instant().plus(HIGHLIGHT);
        for (JournalEntry entry : entries) {
            if (entry.entity() == EntityType.IMPACT && data != null) {
                String[] ids = entry.entityId().split("/");
                UUID site = ids.length == 2 ? data.siteOfDevice().get(UUID.fromString(ids[1])) : null;
                if (site != null) {
                    highlightUntil.put(site, until);
                }
            }
        }
        highlighted.addAll(highlightUntil.keySet());
    }

    private void apply(int loading, WallData loaded) {
        if (loading != generation) {
            return;  // another incident was chosen meanwhile
        }
        data = loaded;
        problem.set("");
        incident.set(loaded == null ? null : loaded.incident());
        tiles.setAll(loaded == null ? List.of() : loaded.tiles());
        totals.set(loaded == null ? StatusTotals.EMPTY : loaded.totals());
        openTasks.set(loaded == null ? 0 : loaded.openTasks());
        blockedTasks.set(loaded == null ? 0 : loaded.blockedTasks());
        burnUp.set(loaded == null ? new BurnUp(List.of()) : loaded.burnUp());
        ticker.setAll(loaded == null ? List.of() : loaded.latest().stream().map(this::tickerLine).toList());
        tick();
    }

    private void failed(Throwable failure) {
        problem.set("The wall could not be brought up to date: " + Objects.requireNonNullElse(
                failure.getMessage(), failure.getClass().getSimpleName()));
    }

    private TickerLine tickerLine(JournalEntry entry) {
        return new TickerLine(TIME.format(entry.at().atZone(clock.getZone())), entry.actor(),
                JournalSentence.describe(entry));
    }

    // The clock

    /// Moves the clocks to now: elapsed time, local time, the countdown, the last hour's calls, stale marks
    /// and highlights that have run their time.
    public void tick() {
        Instant instant = clock.instant();
        now.set(instant);
        localTime.set(CLOCK.format(instant.atZone(clock.getZone())));
        highlightUntil.values().removeIf(until -> !until.isAfter(instant));
        highlighted.retainAll(Set.copyOf(highlightUntil.keySet()));
        if (data == null) {
            elapsed.set("");
            nextUpdate.set("");
            nextUpdateCustomer.set("");
            urgency.set(Urgency.NONE);
            callsLastHour.set(0);
            return;
        }
        Incident shown = data.incident();
        Instant end = shown.resolvedAt() == null ? instant : shown.resolvedAt();
        elapsed.set(Text.sinceDeclared(Duration.between(shown.declaredAt(), end)));
        UpdateSchedule schedule = data.schedule();
        urgency.set(schedule.urgency(instant, UPDATE_WARNING));
        nextUpdate.set(schedule.next().map(due -> countdown(due.remaining(instant))).orElse("none due"));
        nextUpdateCustomer.set(schedule.next().map(due -> data.customerNames().getOrDefault(due.customerId(), ""))
                .orElse(""));
        Instant hourAgo = instant.minus(Duration.ofHours(1));
        callsLastHour.set((int) data.callTimes().stream()
                .filter(at -> at.isAfter(hourAgo) && !at.isAfter(instant)).count());
    }

    /// "in 12 min", "in 1 h 05 min", "overdue 7 min".
    static String countdown(Duration remaining) {
        Duration left = remaining.abs();
        long minutes = (left.toSeconds() + 59) / 60;
        String amount = minutes >= 60 ? minutes / 60 + " h " + String.format(Locale.ROOT, "%02d", minutes % 60)
                + " min" : minutes + " min";
        return remaining.isNegative() ? "overdue " + amount : "in " + amount;
    }

    /// A tile whose open site has not changed for longer than the stale time, at the last tick.
    public boolean isStale(WallTile tile) {
        return tile.isStale(now.get(), staleAfter.get());
    }

    /// "3 min ago", "2 h 10 min ago": the time since a tile's site last changed, at the last tick.
    public String sinceLastChange(WallTile tile) {
        long minutes = Math.max(0, tile.sinceLastChange(now.get()).toMinutes());
        return minutes >= 60 ? minutes / 60 + " h " + minutes % 60 + " min ago" : minutes + " min ago";
    }

    // Properties

    public ObservableList<WallTile> tiles() {
        return tiles;
    }

    public ObservableList<TickerLine> ticker() {
        return ticker;
    }

    /// The sites whose tiles a recent change reached.
    public ObservableSet<UUID> highlighted() {
        return highlighted;
    }

    public ReadOnlyObjectProperty<Incident> incidentProperty() {
        return incident.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BurnUp> burnUpProperty() {
        return burnUp.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty openTasksProperty() {
        return openTasks.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty blockedTasksProperty() {
        return blockedTasks.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty callsLastHourProperty() {
        return callsLastHour.getReadOnlyProperty();
    }

    /// "T+2d 03:14".
    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    /// "14:02:37" in this console's time zone.
    public ReadOnlyStringProperty localTimeProperty() {
        return localTime.getReadOnlyProperty();
    }

    /// The countdown to the earliest customer update: "in 12 min", "overdue 7 min", "none due".
    public ReadOnlyStringProperty nextUpdateProperty() {
        return nextUpdate.getReadOnlyProperty();
    }

    /// The customer that update is owed to.
    public ReadOnlyStringProperty nextUpdateCustomerProperty() {
        return nextUpdateCustomer.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Urgency> urgencyProperty() {
        return urgency.getReadOnlyProperty();
    }

    /// The moment of the last tick.
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    /// How long an open site may go without a change before its tile says it is stale.
    public ObjectProperty<Duration> staleAfterProperty() {
        return staleAfter;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
