package dev.sitrep.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/// What a handover sheet is asked to cover, and by whom.
///
/// @param shift        the window of the shift that ends: "what happened" covers it
/// @param outgoingLead who hands over, as printed; may be empty
/// @param incomingLead who takes over, as printed; may be empty to write in by hand
/// @param notes        the outgoing lead's notes and risks, as written
public record HandoverRequest(TimeWindow shift, String outgoingLead, String incomingLead, String notes,
                              Instant generatedAt, String generatedBy) {

    /// Without a shift on record, a sheet covers this much time before now.
    public static final Duration WITHOUT_A_SHIFT = Duration.ofHours(12);

    public HandoverRequest {
        Objects.requireNonNull(shift, "shift");
        outgoingLead = Text.orEmpty(outgoingLead);
        incomingLead = Text.orEmpty(incomingLead);
        notes = Text.orEmpty(notes);
        Objects.requireNonNull(generatedAt, "generatedAt");
        generatedBy = Text.orEmpty(generatedBy);
    }

    /// The end of the shift as far as it has happened: a window reaching into the future ends now.
    public Instant shiftEndSoFar() {
        return shift.end().isAfter(generatedAt) ? generatedAt : shift.end();
    }
}
