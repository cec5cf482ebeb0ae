package dev.sitrep.domain;

/// What a member of staff does in the war room.
public enum StaffRole implements WireEnum {
    COMMANDER, ENGINEER, TAM, MANAGER;

    @Override
    public String wire() {
        return WireEnum.wireOf(this);
    }

    @Override
    public String label() {
        return this == TAM ? "TAM" : WireEnum.super.label();
    }
}
