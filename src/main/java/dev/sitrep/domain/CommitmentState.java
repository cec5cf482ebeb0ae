package dev.sitrep.domain;

/// Where a promise to a customer stands.
public enum CommitmentState implements WireEnum {
    OPEN, MET, MISSED, REVISED;

    /// Still to be kept: open, or revised to a new time.
    public boolean isPending() {
        return this == OPEN || this == REVISED;
    }

    @Override
    public String wire() {
        return WireEnum.wireOf(this);
    }
}
