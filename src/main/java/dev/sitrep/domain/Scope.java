package dev.sitrep.domain;

import java.util.UUID;

/// What a task is about: a customer, one of its sites, one device there, or nothing in particular.
///
/// The narrower ids imply the wider ones, so a device scope also names its site and customer.
public record Scope(UUID customerId, UUID siteId, UUID deviceId) {

    public static final Scope NONE = new Scope(null, null, null);

    public Scope {
        if (deviceId != null && siteId == null || siteId != null && customerId == null) {
            throw new IllegalArgumentException("a device scope needs its site and a site scope its customer");
        }
    }

    public boolean isNone() {
        return customerId == null;
    }
}
