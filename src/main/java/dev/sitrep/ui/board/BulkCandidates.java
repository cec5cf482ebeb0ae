package dev.sitrep.ui.board;

import dev.sitrep.domain.Customer;
import dev.sitrep.domain.DeviceKind;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.Text;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/// The list half of the bulk creation: the affected devices, or the sites that have them, filtered by
/// status, kind, customer and text, each with a check box that starts checked.
///
/// What gets a task is what is shown and checked, in the list's order. Filtering shows and hides the same
/// [Checkable]s (30,000 devices in a large ransomware case), and a check survives a filter that hides its
/// item, a switch between devices and sites, and reading the list again.
public final class BulkCandidates {

    /// What each task is made for.
    public enum Per {
        DEVICE("device", "Devices"), SITE("site", "Sites");

        private final String noun;
        private final String field;

        Per(String noun, String field) {
            this.noun = noun;
            this.field = field;
        }

        /// "device", "site".
        public String noun() {
            return noun;
        }

        /// What a message about the checked items is headed with: "Devices", "Sites".
        public String field() {
            return field;
        }
    }

    private final Runnable onChange;

    // Inputs

    private final ObjectProperty<Per> per = new SimpleObjectProperty<>(this, "per", Per.DEVICE);
    private final ObjectProperty<DeviceStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<DeviceKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<Customer> customer = new SimpleObjectProperty<>(this, "customer");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");

    // Outputs

    private final ObservableList<Checkable<BulkCandidate>> all = FXCollections.observableArrayList();
    private final FilteredList<Checkable<BulkCandidate>> shown = new FilteredList<>(all);
    private final ObservableList<Customer> customers = FXCollections.observableArrayList();
    private final ObservableList<Customer> customersShown = FXCollections.unmodifiableObservableList(customers);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    private boolean loaded;
    private List<Checkable<BulkCandidate>> devices = List.of();
    private List<Checkable<BulkCandidate>> sites = List.of();
    private final Set<UUID> unchecked = new HashSet<>();
    /// Set while many checks change at once, so that listeners hear of them once, after the last.
    private boolean batching;

    /// @param onChange called after anything changes what is shown or checked
    BulkCandidates(Runnable onChange) {
        this.onChange = onChange;
        per.addListener((_, _, _) -> showPer());
        for (Observable filter : List.of(status, kind, customer, text)) {
            filter.addListener(_ -> applyFilter());
        }
    }

    /// Shows what was read, keeping the checks of items read before.
    void show(BulkTasksData data) {
        devices = checkables(data.devices());
        sites = checkables(data.sites());
        customers.setAll(data.customers());
        loaded = true;
        showPer();
    }

    private List<Checkable<BulkCandidate>> checkables(List<BulkCandidate> values) {
        List<Checkable<BulkCandidate>> items = new ArrayList<>(values.size());
        for (BulkCandidate value : values) {
            Checkable<BulkCandidate> item = new Checkable<>(value, !unchecked.contains(value.id()));
            item.checkedProperty().addListener((_, _, checked) -> check(value.id(), checked));
            items.add(item);
        }
        return items;
    }

    private void showPer() {
        all.setAll(per.get() == Per.SITE ? sites : devices);
        applyFilter();
    }

    private void applyFilter() {
        Customer only = customer.get();
        BulkCandidate.Filter filter = new BulkCandidate.Filter(status.get(), kind.get(),
                only == null ? null : only.id(), text.get());
        shown.setPredicate(item -> filter.test(item.value()));
        changed();
    }

    private void check(UUID id, boolean checked) {
        if (checked) {
            unchecked.remove(id);
        } else {
            unchecked.add(id);
        }
        changed();
    }

    /// Checks or unchecks every item shown; those hidden by the filters keep their checks.
    void checkShown(boolean checked) {
        setChecked(List.copyOf(shown), checked);
    }

    /// Checks or unchecks `items` at once (a selection of thousands toggled with Space), planning once
    /// after the last rather than after each.
    public void setChecked(Collection<Checkable<BulkCandidate>> items, boolean checked) {
        batching = true;
        try {
            items.forEach(item -> item.setChecked(checked));
        } finally {
            batching = false;
        }
        changed();
    }

    private void changed() {
        if (batching) {
            return;
        }
        summary.set(loaded ? Text.number(shown.size()) + " of " + Text.count(all.size(), per.get().noun())
                + " shown · " + Text.number(shown.stream().filter(Checkable::isChecked).count()) + " checked" : "");
        onChange.run();
    }

    /// What gets a task: the items shown and checked, in the list's order.
    List<BulkCandidate> checked() {
        return shown.stream().filter(Checkable::isChecked).map(Checkable::value).toList();
    }

    /// Why nothing would get a task ("Devices: no device matches the filters."), given how many are checked;
    /// empty when something would, or before the list is read.
    String problem(int checked) {
        Per what = per.get();
        if (!loaded || checked > 0) {
            return "";
        }
        if (all.isEmpty()) {
            return what.field() + ": the incident affects no " + what.noun() + " yet.";
        }
        if (shown.isEmpty()) {
            return what.field() + ": no " + what.noun() + " matches the filters.";
        }
        return what.field() + ": check at least one " + what.noun() + " to make a task for.";
    }

    // Inputs

    /// Whether each task is made for a device or a site.
    public ObjectProperty<Per> perProperty() {
        return per;
    }

    /// Only devices in this status (sites with one); `null` for any.
    public ObjectProperty<DeviceStatus> statusProperty() {
        return status;
    }

    /// Only devices of this kind (sites with one); `null` for any.
    public ObjectProperty<DeviceKind> kindProperty() {
        return kind;
    }

    /// Only this customer's; `null` for every customer's.
    public ObjectProperty<Customer> customerProperty() {
        return customer;
    }

    /// Only devices whose hostname, product, role, site, city or customer holds this, ignoring case (sites
    /// with one).
    public StringProperty textProperty() {
        return text;
    }

    // Outputs

    /// The items the filters show, each with its check box.
    public ObservableList<Checkable<BulkCandidate>> shown() {
        return shown;
    }

    /// The customers with affected devices, by name, for the customer filter.
    public ObservableList<Customer> customers() {
        return customersShown;
    }

    /// "40 of 59 devices shown · 38 checked".
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
