package dev.sitrep.store;

import java.time.Instant;
import java.util.UUID;

/// One change of a commitment's due time: "promised for 14:00, then for 16:00".
///
/// @param revisedBy the operator who changed it
public record CommitmentRevision(UUID commitmentId, Instant previousDue, Instant newDue, Instant revisedAt,
                                 String revisedBy) {
}
