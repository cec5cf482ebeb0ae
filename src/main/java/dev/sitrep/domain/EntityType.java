package dev.sitrep.domain;

/// The kinds of thing a journal entry can be about.
public enum EntityType implements WireEnum {
    CUSTOMER, SITE, DEVICE, STAFF, INCIDENT, IMPACT, TASK, COMMUNICATION, COMMITMENT, DEFERRED_WORK, SHIFT;

    @Override
    public String wire() {
        return WireEnum.wireOf(this);
    }
}
