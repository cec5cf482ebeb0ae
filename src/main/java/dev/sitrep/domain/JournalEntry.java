package dev.sitrep.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/// One line of the append-only journal: who did what to which thing, and when.
///
/// @param id         stable across databases: a snapshot carries it, and a merge recognises entries it holds
/// @param seq        position in the journal, increasing in commit order; 0 for an entry not yet written
/// @param incidentId the incident it belongs to, or `null` for inventory and staff changes
/// @param entityId   the id of the thing changed, as text (impacts use `incidentId/deviceId`)
/// @param details    what a sentence about the change needs, captured when it was made: names as they
///                   were then ("device": "EXCH-02", "site": "Leeds"), old and new values ("from", "to")
public record JournalEntry(UUID id, long seq, Instant at, String actor, UUID incidentId, EntityType entity,
                           String entityId, JournalAction action, Map<String, String> details) {

    /// How much of a long text (a call's summary) the details keep, as its first words.
    public static final int SHORT_TEXT = 60;

    public JournalEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        actor = Text.orEmpty(actor);
        Objects.requireNonNull(entity, "entity");
        entityId = Text.orEmpty(entityId);
        Objects.requireNonNull(action, "action");
        details = Map.copyOf(details);
    }

    /// An entry to append: the journal assigns its sequence number.
    public static JournalEntry of(Instant at, String actor, UUID incidentId, EntityType entity, Object entityId,
                                  JournalAction action, Map<String, String> details) {
        return new JournalEntry(UUID.randomUUID(), 0, at, actor, incidentId, entity, String.valueOf(entityId),
                action, details);
    }

    public String detail(String key) {
        return details.getOrDefault(key, "");
    }
}
