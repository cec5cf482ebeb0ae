package dev.sitrep.ui.inventory;

import dev.sitrep.domain.Text;

import java.util.List;

/// What the inventory screen shows after filtering: customers with the sites and devices left under them,
/// and how many of each.
public record InventoryTree(List<InventoryNode> customers, int customerCount, int siteCount, int deviceCount,
                            int totalDevices, boolean filtered) {

    public static final InventoryTree EMPTY = new InventoryTree(List.of(), 0, 0, 0, 0, false);

    public InventoryTree {
        customers = List.copyOf(customers);
    }

    /// "26 customers · 41 sites · 40 of 120 devices shown", or "… · 120 devices" when nothing is filtered out.
    public String countsText() {
        String devices = filtered
                ? Text.number(deviceCount) + " of " + Text.count(totalDevices, "device") + " shown"
                : Text.count(deviceCount, "device");
        return Text.count(customerCount, "customer") + " · " + Text.count(siteCount, "site") + " · " + devices;
    }
}
