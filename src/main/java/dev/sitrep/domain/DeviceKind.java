package dev.sitrep.domain;

/// What sort of thing a device is.
public enum DeviceKind implements WireEnum {
    SERVER, WORKSTATION, NETWORK, EQUIPMENT, OTHER;

    @Override
    public String wire() {
        return WireEnum.wireOf(this);
    }
}
