package dev.sitrep.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/// How one device is affected by one incident.
///
/// @param engineerId the engineer working on the device, or `null`
/// @param changedAt  when the status, engineer or note last changed
public record Impact(UUID incidentId, UUID deviceId, DeviceStatus status, UUID engineerId, String note,
                     Instant changedAt) {

    public Impact {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(deviceId, "deviceId");
        status = Objects.requireNonNullElse(status, DeviceStatus.UNKNOWN);
        note = Text.orEmpty(note);
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
