package dev.sitrep.ui.board;

import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Places;
import dev.sitrep.domain.Scope;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.Staff;
import dev.sitrep.store.Store;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/// The names a board screen shows for people and places, read once and again only when staff or inventory
/// change: a task saved elsewhere rereads the incident's tasks, not every device.
record PlaceNames(Map<UUID, String> staff, Map<UUID, String> customers, Map<UUID, String> sites,
                  Map<UUID, String> devices) {

    /// Reads every name; database work, so never on the FX thread.
    static PlaceNames read(Store store) {
        return new PlaceNames(store.staff().all().stream().collect(Collectors.toMap(Staff::id, Staff::name)),
                store.inventory().customers().stream().collect(Collectors.toMap(Customer::id, Customer::name)),
                store.inventory().sites().stream().collect(Collectors.toMap(Site::id, Site::name)),
                store.inventory().devices().stream().collect(Collectors.toMap(Device::id, Device::hostname)));
    }

    /// Whether a journal entry about `entity` may have renamed someone or something these names hold
    /// (or, for [EntityType#DATABASE], replaced them all).
    static boolean changedBy(EntityType entity) {
        return switch (entity) {
            case CUSTOMER, SITE, DEVICE, STAFF, DATABASE -> true;
            default -> false;
        };
    }

    /// "EXCH-02 · Leeds · Acme", narrowest first; empty for a task about nothing in particular.
    String place(Scope scope) {
        return Places.of(devices.get(scope.deviceId()), sites.get(scope.siteId()), customers.get(scope.customerId()));
    }

    /// The staff member's name; empty for nobody or someone no longer on the list.
    String person(UUID staffId) {
        return staffId == null ? "" : staff.getOrDefault(staffId, "");
    }
}
