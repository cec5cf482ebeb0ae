package dev.sitrep.ui.inventory;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.sitrep.ui.common.ProblemLabel;
import dev.sitrep.ui.common.StatusStyles;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/// The inventory screen: a filter bar over a customers → sites → devices tree.
///
/// Tree items are made lazily: a site's devices become items only when the site is opened, so the tree of
/// tens of thousands of devices costs little more than its customers until someone looks inside.
public final class InventoryView extends BorderPane {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final InventoryViewModel vm;
    private final CustomTextField filter = new CustomTextField();
    private final TreeTableView<InventoryRow> table = new TreeTableView<>();
    /// Branches the operator opened or closed by hand, kept open across refreshes.
    private final Set<UUID> openedByHand = new HashSet<>();
    private boolean rebuilding;

    private final Consumer<UUID> openSite;

    /// @param openSite opens a site's devices to change their statuses (Enter or a double click on a site
    ///                 or one of its devices)
    public InventoryView(InventoryViewModel vm, Consumer<UUID> openSite) {
        this.vm = vm;
        this.openSite = openSite;
        getStyleClass().add("inventory-view");
        getStylesheets().addAll(StatusStyles.stylesheet(),
                Objects.requireNonNull(InventoryView.class.getResource("inventory.css")).toExternalForm());
        setTop(createToolbar());
        setCenter(createTable());
        vm.treeProperty().subscribe(this::show);
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (FIND.match(event)) {
                filter.requestFocus();
                event.consume();
            }
        });
    }

    // Layout

    private VBox createToolbar() {
        filter.setId("inventory-filter");
        filter.setPromptText("Customer, site, hostname, product, version  (Ctrl+F)");
        filter.setLeft(new FontIcon(Material2MZ.SEARCH));
        filter.setPrefColumnCount(26);
        filter.setMinWidth(180);
        filter.textProperty().bindBidirectional(vm.filterTextProperty());
        filter.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });

        ToggleSwitch affectedOnly = new ToggleSwitch("Affected only");
        affectedOnly.selectedProperty().bindBidirectional(vm.affectedOnlyProperty());
        affectedOnly.disableProperty().bind(vm.hasIncidentProperty().not());
        affectedOnly.setMinWidth(Region.USE_PREF_SIZE);

        Label counts = new Label();
        counts.getStyleClass().add("inventory-counts");
        counts.textProperty().bind(vm.countsProperty());
        counts.setMinWidth(Region.USE_PREF_SIZE);
        Label caption = new Label();
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        caption.textProperty().bind(vm.statusCaptionProperty());
        caption.setMinWidth(Region.USE_PREF_SIZE);

        HBox bar = new HBox(16, filter, affectedOnly, new Spacer(), caption, counts);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("inventory-toolbar");

        return new VBox(bar, new ProblemLabel(vm.problemProperty(), "inventory-problem"));
    }

    private TreeTableView<InventoryRow> createTable() {
        table.setShowRoot(false);
        table.setRoot(new TreeItem<>());
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE, "inventory-table");
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Nothing matches the filter."));
        // Preferred widths are shares of the table's width; the minimums keep the words of the narrow
        // columns whole, and names and statuses, read first, get the most.
        TreeTableColumn<InventoryRow, String> name = column("Name / hostname", 300, 260, InventoryRow::name);
        name.setCellFactory(_ -> new NameCell());
        TreeTableColumn<InventoryRow, InventoryRow> status = new TreeTableColumn<>("Status");
        status.setPrefWidth(280);
        status.setMinWidth(250);
        status.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue()));
        status.setCellFactory(_ -> new StatusCell());
        table.getColumns().addAll(List.of(name, status, column("Kind", 90, 85, InventoryRow::kind),
                column("Product", 170, 110, InventoryRow::product),
                column("Version", 80, 70, InventoryRow::version),
                column("Criticality", 95, 95, InventoryRow::criticality),
                column("City / time zone", 150, 110, InventoryRow::place),
                column("Engineer", 130, 100, InventoryRow::engineer)));
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && openSelectedSite()) {
                event.consume();
            }
        });
        table.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                openSelectedSite();
            }
        });
        table.addEventHandler(TreeItem.<InventoryRow>branchExpandedEvent(), event -> rememberHand(event, true));
        table.addEventHandler(TreeItem.<InventoryRow>branchCollapsedEvent(), event -> rememberHand(event, false));
        return table;
    }

    /// Opens the selected site, or the site of the selected device; false when a customer or nothing is
    /// selected.
    private boolean openSelectedSite() {
        TreeItem<InventoryRow> selected = table.getSelectionModel().getSelectedItem();
        if (selected == null || selected.getValue() == null) {
            return false;
        }
        InventoryRow row = selected.getValue();
        UUID site = switch (row.level()) {
            case SITE -> row.id();
            case DEVICE -> selected.getParent() == null || selected.getParent().getValue() == null ? null
                    : selected.getParent().getValue().id();
            case CUSTOMER -> null;
        };
        if (site == null) {
            return false;
        }
        openSite.accept(site);
        return true;
    }

    private static TreeTableColumn<InventoryRow, String> column(String title, double width, double minWidth,
                                                                Function<InventoryRow, String> text) {
        TreeTableColumn<InventoryRow, String> column = new TreeTableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        column.setCellValueFactory(cell -> {
            InventoryRow row = cell.getValue().getValue();
            return new ReadOnlyStringWrapper(row == null ? "" : text.apply(row));
        });
        return column;
    }

    // Showing the tree

    private void show(InventoryTree tree) {
        rebuilding = true;
        try {
            ObservableList<TreeItem<InventoryRow>> customers = table.getRoot().getChildren();
            customers.setAll(tree.customers().stream().map(this::item).toList());
        } finally {
            rebuilding = false;
        }
    }

    private TreeItem<InventoryRow> item(InventoryNode node) {
        LazyItem item = new LazyItem(node);
        item.setExpanded(node.expanded() || openedByHand.contains(node.row().id()));
        return item;
    }

    private void rememberHand(TreeItem.TreeModificationEvent<InventoryRow> event, boolean opened) {
        InventoryRow row = event.getTreeItem().getValue();
        if (rebuilding || row == null) {
            return;
        }
        if (opened) {
            openedByHand.add(row.id());
        } else {
            openedByHand.remove(row.id());
        }
    }

    /// A tree item that makes the items under it the first time they are asked for.
    private final class LazyItem extends TreeItem<InventoryRow> {

        private final InventoryNode node;
        private boolean childrenMade;

        LazyItem(InventoryNode node) {
            super(node.row());
            this.node = node;
        }

        @Override
        public boolean isLeaf() {
            return node.children().isEmpty();
        }

        @Override
        public ObservableList<TreeItem<InventoryRow>> getChildren() {
            if (!childrenMade) {
                childrenMade = true;
                super.getChildren().setAll(node.children().stream().map(InventoryView.this::item).toList());
            }
            return super.getChildren();
        }
    }

    // Cells

    private static final class NameCell extends TreeTableCell<InventoryRow, String> {

        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            InventoryRow row = empty ? null : getTableRow().getItem();
            setText(empty ? null : name);
            setGraphic(row == null ? null : new FontIcon(switch (row.level()) {
                case CUSTOMER -> Material2AL.BUSINESS;
                case SITE -> Material2AL.LOCATION_ON;
                case DEVICE -> Material2AL.COMPUTER;
            }));
            getStyleClass().removeAll("customer-name", "site-name");
            if (row != null && row.level() != InventoryRow.Level.DEVICE) {
                getStyleClass().add(row.level() == InventoryRow.Level.CUSTOMER ? "customer-name" : "site-name");
            }
        }
    }

    /// The status as a word and a colour: the word for people who cannot tell the colours apart.
    private static final class StatusCell extends TreeTableCell<InventoryRow, InventoryRow> {


        @Override
        protected void updateItem(InventoryRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll(StatusStyles.ALL);
            if (empty || row == null || row.status() == null) {
                setText(null);
                return;
            }
            setText(row.statusText());
            getStyleClass().add(StatusStyles.of(row.status()));
        }

    }
}
