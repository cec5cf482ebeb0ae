package dev.sitrep.ui.inventory;

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
                ? deviceCount + " of " + plural(totalDevices, "device") + " shown"
                : plural(deviceCount, "device");
        return plural(customerCount, "customer") + " · " + plural(siteCount, "site") + " · " + devices;
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
