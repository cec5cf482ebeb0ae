package dev.sitrep.io.csv;

import java.util.Objects;

/// One row of the file in an import preview.
///
/// @param detail what changes ("product, version"), what is added ("new device at a new site"), or what is
///               wrong ("criticality: 5 is outside 1-3 (1 high, 3 low)"); empty when nothing changes
public record PlanRow(int line, RowStatus status, String customer, String site, String hostname, String detail) {

    public PlanRow {
        Objects.requireNonNull(status, "status");
        customer = Objects.requireNonNullElse(customer, "");
        site = Objects.requireNonNullElse(site, "");
        hostname = Objects.requireNonNullElse(hostname, "");
        detail = Objects.requireNonNullElse(detail, "");
    }
}
