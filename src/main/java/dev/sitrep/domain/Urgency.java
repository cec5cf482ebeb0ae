package dev.sitrep.domain;

/// How pressing a customer's call is.
public enum Urgency implements WireEnum {
    LOW, NORMAL, HIGH;

    @Override
    public String wire() {
        return WireEnum.wireOf(this);
    }
}
