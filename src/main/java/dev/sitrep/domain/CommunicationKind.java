package dev.sitrep.domain;

/// What sort of contact with a customer, or note about one, was logged.
public enum CommunicationKind implements WireEnum {
    INBOUND_CALL, OUTBOUND_CALL, EMAIL, STATUS_UPDATE, INTERNAL_NOTE;

    @Override
    public String wire() {
        return WireEnum.wireOf(this);
    }
}
