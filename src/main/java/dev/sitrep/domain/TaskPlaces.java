package dev.sitrep.domain;

/// Where a task is, as short as a printed line can be while still clear: the device only when its title
/// does not already name it, and the customer only when the incident touches more than one.
record TaskPlaces(boolean manyCustomers) {

    String of(String title, String device, String site, String customer) {
        boolean titleNamesDevice = device != null && !device.isEmpty() && title.contains(device);
        return Places.of(titleNamesDevice ? null : device, site, manyCustomers ? customer : null);
    }
}
