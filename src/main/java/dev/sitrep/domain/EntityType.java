package dev.sitrep.domain;

/// The kinds of thing a journal entry can be about.
public enum EntityType implements WireEnum {
    CUSTOMER, SITE, DEVICE, STAFF, INCIDENT, IMPACT, TASK, COMMUNICATION, COMMITMENT, DEFERRED_WORK, SHIFT,
    /// A stored status-update text ([MessageTemplate]); it belongs to no incident.
    TEMPLATE,
    /// The database as a whole: a snapshot merged into it or replacing it. Anything may have changed, so a
    /// screen that sees such an entry reloads what it shows.
    DATABASE;

    @Override
    public String wire() {
        return WireEnum.wireOf(this);
    }
}
