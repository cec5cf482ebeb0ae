package dev.sitrep.domain;

/// The phases an incident moves through, in order.
public enum Phase implements WireEnum {
    IDENTIFIED, RESPONDING, RECOVERING, MONITORING, RESOLVED;

    public boolean isResolved() {
        return this == RESOLVED;
    }

    @Override
    public String wire() {
        return WireEnum.wireOf(this);
    }
}
