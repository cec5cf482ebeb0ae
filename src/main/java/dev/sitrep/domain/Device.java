package dev.sitrep.domain;

import java.util.Objects;
import java.util.UUID;

/// A server, workstation, network device or piece of equipment at a site. Hostnames are unique per site.
///
/// @param criticality 1 (high) to 3 (low)
public record Device(UUID id, UUID siteId, String hostname, DeviceKind kind, String product, String version,
                     int criticality, String notes) {

    public static final int MOST_CRITICAL = 1;
    public static final int LEAST_CRITICAL = 3;

    public Device {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(siteId, "siteId");
        hostname = Text.orEmpty(hostname);
        kind = Objects.requireNonNullElse(kind, DeviceKind.OTHER);
        product = Text.orEmpty(product);
        version = Text.orEmpty(version);
        if (criticality < MOST_CRITICAL || criticality > LEAST_CRITICAL) {
            throw new IllegalArgumentException("criticality must be 1 (high) to 3 (low), not " + criticality);
        }
        notes = Text.orEmpty(notes);
    }
}
