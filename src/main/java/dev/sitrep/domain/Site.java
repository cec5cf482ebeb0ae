package dev.sitrep.domain;

import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/// A place where a customer has devices. Names are unique per customer.
public record Site(UUID id, UUID customerId, String name, String city, ZoneId timeZone) {

    public Site {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        name = Text.orEmpty(name);
        city = Text.orEmpty(city);
        timeZone = Objects.requireNonNullElse(timeZone, ZoneId.of("UTC"));
    }
}
