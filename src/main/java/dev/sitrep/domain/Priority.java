package dev.sitrep.domain;

/// Task priority; P1 is the most urgent.
public enum Priority implements WireEnum {
    P1, P2, P3;

    @Override
    public String wire() {
        return WireEnum.wireOf(this);
    }

    @Override
    public String label() {
        return name();
    }
}
