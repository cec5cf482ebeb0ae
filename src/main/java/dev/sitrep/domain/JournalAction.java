package dev.sitrep.domain;

/// What a journal entry records. New actions may be added; stored words never change.
public enum JournalAction implements WireEnum {
    CREATED,
    UPDATED,
    DELETED,
    SIGNED_IN,
    DECLARED,
    PHASE_CHANGED,
    RESOLVED,
    REOPENED,
    STATUS_CHANGED,
    ASSIGNED,
    LOGGED,
    CALLBACK_DONE,
    SHIFT_STARTED,
    SHIFT_ENDED,
    IMPORTED,
    /// The database was replaced by a snapshot.
    REPLACED,
    /// An entry written by a newer version of Sitrep, whose word this version does not know.
    OTHER;

    @Override
    public String wire() {
        return WireEnum.wireOf(this);
    }
}
