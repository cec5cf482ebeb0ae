package dev.sitrep.ui.wall;

import dev.sitrep.domain.BurnUp;
import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Impact;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.SiteRollup;
import dev.sitrep.domain.StatusTotals;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.domain.UpdateSchedule;
import dev.sitrep.domain.WallTile;
import dev.sitrep.store.Store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/// Everything the wall shows of one incident at one moment, worked out off the UI thread from the store.
///
/// @param callTimes      when each call (in or out) was logged, oldest first, to count the last hour's
/// @param siteOfDevice   the site of each impacted device, to find the tile a journal entry changes
/// @param customerNames  names by customer id, for the next update's customer
/// @param latest         the newest journal entries, newest first
record WallData(Incident incident, List<WallTile> tiles, StatusTotals totals, int openTasks, int blockedTasks,
                UpdateSchedule schedule, List<Instant> callTimes, BurnUp burnUp, List<JournalEntry> latest,
                Map<UUID, UUID> siteOfDevice, Map<UUID, String> customerNames) {

    /// The inventory the roll-ups need, read once and again only when the inventory changes: a live wall
    /// rereads the incident's impacts, not every device.
    record Inventory(List<Site> sites, List<Device> devices, Map<UUID, String> customerNames) {

        static Inventory read(Store store) {
            return new Inventory(store.inventory().sites(), store.inventory().devices(),
                    store.inventory().customers().stream().collect(Collectors.toMap(Customer::id, Customer::name)));
        }
    }

    /// Reads the incident's state. `burnUp` has followed its journal so far.
    static WallData load(Store store, UUID incidentId, Inventory inventory, BurnUp.Replay burnUp, int latestEntries) {
        Incident incident = store.incidents().find(incidentId).orElseThrow(() ->
                new IllegalStateException("The incident is no longer in the database."));
        List<Device> devices = inventory.devices();
        List<Impact> impacts = store.impacts().forIncident(incidentId);
        List<IncidentTask> tasks = store.tasks().forIncident(incidentId);
        List<Communication> communications = store.communications().forIncident(incidentId);
        Map<UUID, String> customerNames = inventory.customerNames();
        List<SiteRollup> rollups = SiteRollup.forIncident(inventory.sites(), devices, impacts);
        List<WallTile> tiles = WallTile.of(rollups, customerNames, devices, impacts, tasks);
        List<Instant> callTimes = communications.stream()
                .filter(communication -> communication.kind() == CommunicationKind.INBOUND_CALL
                        || communication.kind() == CommunicationKind.OUTBOUND_CALL)
                .map(Communication::at).sorted().toList();
        Map<UUID, Device> devicesById = devices.stream().collect(Collectors.toMap(Device::id, Function.identity()));
        Map<UUID, UUID> siteOfDevice = impacts.stream().collect(Collectors.toMap(Impact::deviceId,
                impact -> devicesById.get(impact.deviceId()).siteId()));
        return new WallData(incident, tiles, SiteRollup.total(rollups), count(tasks, false), count(tasks, true),
                UpdateSchedule.of(incident, SiteRollup.customersOf(rollups), communications), callTimes,
                burnUp.burnUp(), store.journal().forIncident(incidentId, latestEntries), siteOfDevice,
                customerNames);
    }

    /// A replay of the incident's device history from its journal, to keep up to date from here on.
    static BurnUp.Replay replay(Store store, Incident incident) {
        BurnUp.Replay replay = new BurnUp.Replay(incident.declaredAt());
        store.journal().forIncident(incident.id(), EntityType.IMPACT).forEach(replay::add);
        return replay;
    }

    private static int count(Collection<IncidentTask> tasks, boolean blockedOnly) {
        return (int) tasks.stream()
                .filter(task -> task.status() != TaskStatus.DONE)
                .filter(task -> !blockedOnly || task.status() == TaskStatus.BLOCKED)
                .count();
    }
}
