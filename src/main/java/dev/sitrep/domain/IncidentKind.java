package dev.sitrep.domain;

/// What happened.
public enum IncidentKind implements WireEnum {
    VULNERABILITY, RANSOMWARE, OUTAGE, OTHER;

    @Override
    public String wire() {
        return WireEnum.wireOf(this);
    }
}
