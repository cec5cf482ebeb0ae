package dev.sitrep.ui.inventory;

import dev.sitrep.domain.DeviceStatus;

import java.util.UUID;

/// One line of the inventory tree, already worded for its columns.
///
/// @param status   a device's status in the current incident, or the worst status under a customer or site;
///                 `null` when nothing there is affected (or no incident is current)
/// @param progress for customers and sites, how many affected devices are recovered ("3 of 12 recovered")
public record InventoryRow(Level level, UUID id, String name, String kind, String product, String version,
                           String criticality, String place, DeviceStatus status, String progress,
                           String engineer) {

    /// Where a row sits in the tree.
    public enum Level { CUSTOMER, SITE, DEVICE }

    /// The status as a word with its progress: "down · 3 of 12 recovered"; empty when not affected.
    public String statusText() {
        if (status == null) {
            return "";
        }
        return progress.isEmpty() ? status.label() : status.label() + " · " + progress;
    }
}
