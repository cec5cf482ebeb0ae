package dev.sitrep.store;

import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.Impact;
import dev.sitrep.domain.Operator;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/// Which devices an incident affects, and how each stands.
public final class ImpactRepository {

    public List<Impact> forIncident(UUID incidentId) {
        throw new UnsupportedOperationException();
    }

    /// Adds devices to an incident with a first status; devices already in it are left as they are.
    public void add(UUID incidentId, Collection<UUID> deviceIds, DeviceStatus status, Operator by) {
        throw new UnsupportedOperationException();
    }

    /// Sets the status (and, when not `null`, the note) of the given devices in one transaction,
    /// one journal entry per device that changed.
    public void setStatus(UUID incidentId, Collection<UUID> deviceIds, DeviceStatus status, String note,
                          Operator by) {
        throw new UnsupportedOperationException();
    }

    /// Puts an engineer (or nobody, with `null`) on the given devices.
    public void assign(UUID incidentId, Collection<UUID> deviceIds, UUID engineerId, Operator by) {
        throw new UnsupportedOperationException();
    }
}
