package dev.sitrep.io.handover;

import dev.sitrep.domain.HandoverFacts;
import dev.sitrep.domain.Incident;
import dev.sitrep.store.Store;

import java.time.Instant;
import java.util.UUID;

/// Reads out of the store what a handover sheet of one incident is made from. Database work: never on the
/// FX thread.
public final class HandoverSource {

    private HandoverSource() {
    }

    /// The incident's state now, the inventory it touches, and its journal from `shiftStart` on.
    ///
    /// @throws IllegalArgumentException when the incident is not in the database
    public static HandoverFacts read(Store store, UUID incidentId, Instant shiftStart) {
        Incident incident = store.incidents().find(incidentId)
                .orElseThrow(() -> new IllegalArgumentException("No incident with id " + incidentId + "."));
        return new HandoverFacts(incident, store.inventory().customers(), store.inventory().sites(),
                store.inventory().devices(), store.staff().all(), store.impacts().forIncident(incidentId),
                store.tasks().forIncident(incidentId), store.commitments().forIncident(incidentId),
                store.communications().forIncident(incidentId), store.deferredWork().forIncident(incidentId),
                store.shifts().forIncident(incidentId), store.journal().forIncidentSince(incidentId, shiftStart));
    }
}
