package dev.sitrep.ui.inventory;

import java.util.List;

/// A row with the rows under it, as the filter left them.
///
/// @param expanded true when the node should open to show why it is there (something under it matched)
public record InventoryNode(InventoryRow row, List<InventoryNode> children, boolean expanded) {

    public InventoryNode {
        children = List.copyOf(children);
    }
}
