package dev.sitrep.domain;

/// Where one device stands in an incident.
///
/// The order of the constants is the order of the recovery; [#severity] ranks how bad a status
/// is, which is what the wall sorts by and what a site's roll-up takes the worst of.
public enum DeviceStatus implements WireEnum {
    UNKNOWN(3),
    AT_RISK(4),
    DOWN(6),
    ISOLATED(5),
    RECOVERING(2),
    RESTORED(1),
    VERIFIED(0);

    private final int severity;

    DeviceStatus(int severity) {
        this.severity = severity;
    }

    /// Higher is worse: down is the worst, verified the best.
    public int severity() {
        return severity;
    }

    /// Still needs work: anything short of restored or verified.
    public boolean isOpen() {
        return this != RESTORED && this != VERIFIED;
    }

    /// Counts towards recovery progress.
    public boolean isRecovered() {
        return !isOpen();
    }

    @Override
    public String wire() {
        return WireEnum.wireOf(this);
    }
}
