package dev.sitrep.domain;

import java.time.ZoneId;
import java.util.Objects;

/// One device as an inventory file lists it: by the names of its customer and site and its hostname, with the
/// site's city and time zone beside it. [InventoryMerge] fits listings into the stored inventory.
///
/// @param timeZone the site's time zone; `null` when the listing does not say (a stored site keeps its own,
///                 a new one gets UTC)
/// @param notes    the device's notes; `null` when the listing does not say (stored notes are kept)
public record InventoryListing(String customer, String site, String city, ZoneId timeZone, String hostname,
                               DeviceKind kind, String product, String version, int criticality, String notes) {

    public InventoryListing {
        customer = required(customer, "customer");
        site = required(site, "site");
        city = Text.orEmpty(city);
        hostname = required(hostname, "hostname");
        Objects.requireNonNull(kind, "kind");
        product = Text.orEmpty(product);
        version = Text.orEmpty(version);
        if (criticality < Device.MOST_CRITICAL || criticality > Device.LEAST_CRITICAL) {
            throw new IllegalArgumentException("criticality must be 1 (high) to 3 (low), not " + criticality);
        }
        notes = notes == null ? null : notes.strip();
    }

    private static String required(String text, String what) {
        String stripped = Text.orEmpty(text);
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("a listing needs a " + what);
        }
        return stripped;
    }
}
