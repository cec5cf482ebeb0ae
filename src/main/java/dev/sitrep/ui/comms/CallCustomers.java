package dev.sitrep.ui.comms;

import dev.sitrep.domain.Contact;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.Text;
import dev.sitrep.store.Store;
import dev.sitrep.ui.comms.CallLogViewModel.CustomerChoice;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/// The customers a call can be about, by name, each marked when the current incident affects them: what
/// the call log's customer field finds from a few letters.
final class CallCustomers {

    /// How many customers the completion list offers at most.
    static final int SUGGESTION_LIMIT = 8;

    static final CallCustomers NONE = new CallCustomers(List.of());

    private final List<CustomerChoice> byName;

    private CallCustomers(List<CustomerChoice> byName) {
        this.byName = byName;
    }

    /// Reads the customers, and which of them own a device `incident` affects (none without an incident).
    static CallCustomers read(Store store, Incident incident) {
        Set<UUID> affected = incident == null ? Set.of() : affectedBy(store, incident);
        return new CallCustomers(store.inventory().customers().stream()
                .map(c -> new CustomerChoice(c.id(), c.name(), c.primaryContact(), affected.contains(c.id())))
                .sorted(Comparator.comparing(CustomerChoice::name, String.CASE_INSENSITIVE_ORDER))
                .toList());
    }

    private static Set<UUID> affectedBy(Store store, Incident incident) {
        Set<UUID> devices = store.impacts().forIncident(incident.id()).stream()
                .map(impact -> impact.deviceId()).collect(Collectors.toSet());
        Set<UUID> sites = store.inventory().devices().stream().filter(device -> devices.contains(device.id()))
                .map(device -> device.siteId()).collect(Collectors.toSet());
        return store.inventory().sites().stream().filter(site -> sites.contains(site.id()))
                .map(site -> site.customerId()).collect(Collectors.toSet());
    }

    /// The customer `typed` names, in any case.
    Optional<CustomerChoice> named(String typed) {
        String name = Text.orEmpty(typed);
        return byName.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    /// The customers whose names hold `typed`: the affected ones first, then names that begin with it, then
    /// names with a word that begins with it; with nothing typed, the affected customers.
    List<CustomerChoice> suggestionsFor(String typed) {
        String wanted = Text.orEmpty(typed).toLowerCase(Locale.ROOT);
        return byName.stream()
                .filter(c -> wanted.isEmpty() ? c.affected() : c.name().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(Comparator.comparing((CustomerChoice c) -> !c.affected())
                        .thenComparingInt(c -> matchRank(c.name().toLowerCase(Locale.ROOT), wanted)))
                .limit(SUGGESTION_LIMIT)
                .toList();
    }

    private static int matchRank(String name, String wanted) {
        if (name.startsWith(wanted)) {
            return 0;
        }
        return name.contains(" " + wanted) ? 1 : 2;
    }

    /// "Primary contact: Dana Fox · +44 113 496 0000 · dana.fox@zenith.example", to call them back.
    static String contactHint(CustomerChoice chosen) {
        Contact primary = chosen.primaryContact();
        String parts = Stream.of(primary.name(), primary.phone(), primary.email()).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" · "));
        return parts.isEmpty() ? "No primary contact on file for " + chosen.name() + "."
                : "Primary contact: " + parts;
    }
}
