package dev.sitrep.ui.board;

import dev.sitrep.domain.BulkTasks;
import dev.sitrep.domain.DeviceKind;
import dev.sitrep.domain.DeviceStatus;
import dev.sitrep.domain.Scope;
import dev.sitrep.domain.Text;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/// A device or a site that a bulk creation can make a task for, as the list of candidates shows it.
///
/// @param scope      the task's scope: the device with its site and customer, or the site with its customer
/// @param name       what `{name}` in a title becomes: the hostname, or the site's name
/// @param place      where it is: "Leeds Head Office · Acme" for a device, "Acme · Leeds" for a site
/// @param status     the device's status in the incident; for a site, the worst of its devices'
/// @param kind       the device's kind; `null` for a site
/// @param detail     what the device does ("Mailbox server, DAG member"), or how many of a site's devices
///                   the incident affects
/// @param devices    a site's affected devices; empty for a device
/// @param searchText what the text filter looks in, in lower case: a device's hostname, product, role, site,
///                   city and customer; empty for a site, which the filter finds by its devices
public record BulkCandidate(Scope scope, String name, String place, DeviceStatus status, DeviceKind kind,
                            String detail, List<BulkCandidate> devices, String searchText) {

    public BulkCandidate {
        devices = List.copyOf(devices);
    }

    public boolean isSite() {
        return scope.deviceId() == null;
    }

    /// The device's id, or the site's.
    public UUID id() {
        return isSite() ? scope.siteId() : scope.deviceId();
    }

    BulkTasks.Item item() {
        return new BulkTasks.Item(scope, name);
    }

    /// Which candidates the list shows. A site is shown when one of its affected devices would be.
    ///
    /// @param status     only devices in this status; `null` for any
    /// @param kind       only devices of this kind; `null` for any
    /// @param customerId only this customer's; `null` for every customer's
    /// @param text       only those whose hostname, product, role, site, city or customer holds it, ignoring
    ///                   case
    record Filter(DeviceStatus status, DeviceKind kind, UUID customerId, String text) {

        static final Filter NONE = new Filter(null, null, null, "");

        Filter {
            text = Text.orEmpty(text).toLowerCase(Locale.ROOT);
        }

        boolean test(BulkCandidate candidate) {
            return candidate.isSite()
                    ? candidate.devices().stream().anyMatch(this::testDevice)
                    : testDevice(candidate);
        }

        private boolean testDevice(BulkCandidate device) {
            return (status == null || status == device.status())
                    && (kind == null || kind == device.kind())
                    && (customerId == null || customerId.equals(device.scope().customerId()))
                    && (text.isEmpty() || device.searchText().contains(text));
        }
    }
}
