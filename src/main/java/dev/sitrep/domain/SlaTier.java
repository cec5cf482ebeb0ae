package dev.sitrep.domain;

/// The service level a customer pays for; higher tiers are answered first.
public enum SlaTier implements WireEnum {
    PLATINUM, GOLD, SILVER, STANDARD;

    @Override
    public String wire() {
        return WireEnum.wireOf(this);
    }
}
