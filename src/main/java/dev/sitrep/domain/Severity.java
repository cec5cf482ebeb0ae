package dev.sitrep.domain;

/// How bad an incident is; SEV1 is the worst.
public enum Severity implements WireEnum {
    SEV1, SEV2, SEV3, SEV4;

    @Override
    public String wire() {
        return WireEnum.wireOf(this);
    }

    @Override
    public String label() {
        return name();
    }
}
