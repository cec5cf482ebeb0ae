package dev.sitrep.domain;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/// How a list of [InventoryListing]s fits into the stored inventory: which customers, sites and devices it adds,
/// which it changes, and what happens to each listing. The import preview and the store's import both ask this
/// one rule, so what the preview promises is what the store does.
///
/// ## Matching
/// A customer is found by name, a site by name within its customer, a device by hostname within its site, all
/// **ignoring case** ([#key]): "acme" in a file is the stored "Acme", and its stored spelling stays. Should the
/// stored inventory hold two spellings of one name (the schema allows "EXCH-01" beside "exch-01"), the exact
/// spelling wins, else the first in stored order. Names are never changed by a merge.
///
/// ## What a listing sets
/// A new customer gets the [SlaTier#STANDARD] tier and no TAM or contact. A new site takes the listing's city
/// and time zone (UTC when it names none). A stored site takes the listing's city, and its time zone when the
/// listing names one. A device takes kind, product, version and criticality, and notes when the listing has them.
/// Nothing is deleted: devices missing from the listings stay as they are.
///
/// ## Conflicts
/// Listings that contradict each other are not merged but reported as [Conflict]s: the same device twice, or
/// one site given two cities or two time zones. A caller must not write a plan that has any.
public final class InventoryMerge {

    /// What happens to one listing.
    public enum Outcome {
        /// Its device is added (and maybe its site and customer with it).
        NEW,
        /// Its device or its site changes.
        UPDATED,
        /// Everything it says is stored already.
        UNCHANGED,
        /// It contradicts an earlier listing; see [Plan#conflicts()].
        CONFLICT
    }

    /// Which part of a listing contradicts an earlier one.
    public enum Field {
        /// The same device (customer, site and hostname, ignoring case) is listed twice.
        HOSTNAME,
        /// The same site is given another city.
        CITY,
        /// The same site is given another time zone.
        TIME_ZONE
    }

    /// Listing `listing` contradicts listing `earlier` (indexes into the listings merged) in `field`.
    public record Conflict(int listing, int earlier, Field field) {
    }

    /// A stored record and what it becomes, with the names of the fields that change (as the journal names them).
    public record Update<T>(T before, T after, List<String> fields) {

        public Update {
            fields = List.copyOf(fields);
        }
    }

    /// What one listing does.
    ///
    /// @param newCustomer  it adds its customer (only the first listing of a new customer does)
    /// @param newSite      it adds its site (only the first listing of a new site does)
    /// @param siteFields   the site fields it changes (only the first listing of a site changes them)
    /// @param deviceFields the device fields it changes
    public record Effect(Outcome outcome, boolean newCustomer, boolean newSite, List<String> siteFields,
                         List<String> deviceFields) {

        static final Effect CONFLICTING = new Effect(Outcome.CONFLICT, false, false, List.of(), List.of());

        public Effect {
            Objects.requireNonNull(outcome, "outcome");
            siteFields = List.copyOf(siteFields);
            deviceFields = List.copyOf(deviceFields);
        }
    }

    /// Everything a merge would write, and what happens to each listing.
    ///
    /// @param effects one per listing, in the order of the listings
    public record Plan(List<Customer> newCustomers, List<Site> newSites, List<Update<Site>> siteUpdates,
                       List<Device> newDevices, List<Update<Device>> deviceUpdates, List<Effect> effects,
                       List<Conflict> conflicts) {

        public Plan {
            newCustomers = List.copyOf(newCustomers);
            newSites = List.copyOf(newSites);
            siteUpdates = List.copyOf(siteUpdates);
            newDevices = List.copyOf(newDevices);
            deviceUpdates = List.copyOf(deviceUpdates);
            effects = List.copyOf(effects);
            conflicts = List.copyOf(conflicts);
        }

        /// True when writing this plan would change nothing.
        public boolean changesNothing() {
            return newCustomers.isEmpty() && newSites.isEmpty() && siteUpdates.isEmpty() && newDevices.isEmpty()
                    && deviceUpdates.isEmpty();
        }

        /// How many listings have `outcome`.
        public int count(Outcome outcome) {
            return (int) effects.stream().filter(effect -> effect.outcome() == outcome).count();
        }
    }

    private final Map<String, List<Customer>> customers = new HashMap<>();
    private final Map<UUID, Map<String, List<Site>>> sites = new HashMap<>();
    private final Map<UUID, Map<String, List<Device>>> devices = new HashMap<>();

    private InventoryMerge(Collection<Customer> storedCustomers, Collection<Site> storedSites,
                           Collection<Device> storedDevices) {
        storedCustomers.forEach(c -> customers.computeIfAbsent(key(c.name()), _ -> new ArrayList<>()).add(c));
        storedSites.forEach(s -> sites.computeIfAbsent(s.customerId(), _ -> new HashMap<>())
                .computeIfAbsent(key(s.name()), _ -> new ArrayList<>()).add(s));
        storedDevices.forEach(d -> devices.computeIfAbsent(d.siteId(), _ -> new HashMap<>())
                .computeIfAbsent(key(d.hostname()), _ -> new ArrayList<>()).add(d));
    }

    /// How `listings` fit into the stored customers, sites and devices; `ids` makes the ids of new records.
    public static Plan plan(Collection<Customer> storedCustomers, Collection<Site> storedSites,
                            Collection<Device> storedDevices, List<InventoryListing> listings, Supplier<UUID> ids) {
        return new InventoryMerge(storedCustomers, storedSites, storedDevices).merge(listings, ids);
    }

    /// A name as matching sees it: without surrounding blanks, in lower case.
    public static String key(String name) {
        return Text.orEmpty(name).toLowerCase(Locale.ROOT);
    }

    /// The key of a listing's site, unique across customers.
    public static String siteKey(InventoryListing listing) {
        return key(listing.customer()) + "\n" + key(listing.site());
    }

    /// The key of a listing's device, unique across sites and customers.
    public static String deviceKey(InventoryListing listing) {
        return siteKey(listing) + "\n" + key(listing.hostname());
    }

    // Merging

    /// The first listing of each site, which sets the site's city and, unless a later one does, its time zone.
    private record SiteClaim(int first, String city, int zoneListing, ZoneId timeZone) {
    }

    private Plan merge(List<InventoryListing> listings, Supplier<UUID> ids) {
        List<Conflict> conflicts = new ArrayList<>();
        Map<String, SiteClaim> claims = claims(listings, conflicts);
        boolean[] conflicting = new boolean[listings.size()];
        conflicts.forEach(conflict -> conflicting[conflict.listing()] = true);

        List<Customer> newCustomers = new ArrayList<>();
        List<Site> newSites = new ArrayList<>();
        List<Update<Site>> siteUpdates = new ArrayList<>();
        List<Device> newDevices = new ArrayList<>();
        List<Update<Device>> deviceUpdates = new ArrayList<>();
        List<Effect> effects = new ArrayList<>();
        Map<String, Customer> customersSeen = new HashMap<>();
        Map<String, Site> sitesSeen = new HashMap<>();

        for (int index = 0; index < listings.size(); index++) {
            if (conflicting[index]) {
                effects.add(Effect.CONFLICTING);
                continue;
            }
            InventoryListing listing = listings.get(index);
            boolean newCustomer = false;
            boolean newSite = false;
            List<String> siteFields = List.of();

            Customer customer = customersSeen.get(key(listing.customer()));
            if (customer == null) {
                customer = find(customers, listing.customer(), Customer::name);
                if (customer == null) {
                    customer = new Customer(ids.get(), listing.customer(), SlaTier.STANDARD, "", Contact.NONE, "");
                    newCustomers.add(customer);
                    newCustomer = true;
                }
                customersSeen.put(key(listing.customer()), customer);
            }

            String siteKey = siteKey(listing);
            Site site = sitesSeen.get(siteKey);
            if (site == null) {
                SiteClaim claim = claims.get(siteKey);
                Site stored = find(sites.getOrDefault(customer.id(), Map.of()), listing.site(), Site::name);
                if (stored == null) {
                    site = new Site(ids.get(), customer.id(), listing.site(), claim.city(),
                            Objects.requireNonNullElse(claim.timeZone(), ZoneId.of("UTC")));
                    newSites.add(site);
                    newSite = true;
                } else {
                    site = new Site(stored.id(), stored.customerId(), stored.name(), claim.city(),
                            Objects.requireNonNullElse(claim.timeZone(), stored.timeZone()));
                    siteFields = changed(new String[]{"city", "timeZone"},
                            new Object[]{stored.city(), stored.timeZone()}, new Object[]{site.city(), site.timeZone()});
                    if (!siteFields.isEmpty()) {
                        siteUpdates.add(new Update<>(stored, site, siteFields));
                    }
                }
                sitesSeen.put(siteKey, site);
            }

            Device stored = newSite ? null
                    : find(devices.getOrDefault(site.id(), Map.of()), listing.hostname(), Device::hostname);
            if (stored == null) {
                newDevices.add(new Device(ids.get(), site.id(), listing.hostname(), listing.kind(), listing.product(),
                        listing.version(), listing.criticality(), Objects.requireNonNullElse(listing.notes(), "")));
                effects.add(new Effect(Outcome.NEW, newCustomer, newSite, siteFields, List.of()));
                continue;
            }
            Device device = new Device(stored.id(), stored.siteId(), stored.hostname(), listing.kind(),
                    listing.product(), listing.version(), listing.criticality(),
                    Objects.requireNonNullElse(listing.notes(), stored.notes()));
            List<String> deviceFields = changed(new String[]{"kind", "product", "version", "criticality", "notes"},
                    new Object[]{stored.kind(), stored.product(), stored.version(), stored.criticality(),
                            stored.notes()},
                    new Object[]{device.kind(), device.product(), device.version(), device.criticality(),
                            device.notes()});
            if (!deviceFields.isEmpty()) {
                deviceUpdates.add(new Update<>(stored, device, deviceFields));
            }
            Outcome outcome = deviceFields.isEmpty() && siteFields.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATED;
            effects.add(new Effect(outcome, false, false, siteFields, deviceFields));
        }
        return new Plan(newCustomers, newSites, siteUpdates, newDevices, deviceUpdates, effects, conflicts);
    }

    /// What each site's listings say about it, noting every listing that contradicts an earlier one.
    private static Map<String, SiteClaim> claims(List<InventoryListing> listings, List<Conflict> conflicts) {
        Map<String, SiteClaim> claims = new LinkedHashMap<>();
        Map<String, Integer> devicesSeen = new HashMap<>();
        for (int index = 0; index < listings.size(); index++) {
            InventoryListing listing = listings.get(index);
            Integer twin = devicesSeen.putIfAbsent(deviceKey(listing), index);
            if (twin != null) {
                conflicts.add(new Conflict(index, twin, Field.HOSTNAME));
                continue;
            }
            String siteKey = siteKey(listing);
            SiteClaim claim = claims.get(siteKey);
            if (claim == null) {
                claims.put(siteKey, new SiteClaim(index, listing.city(), index, listing.timeZone()));
            } else if (!claim.city().equals(listing.city())) {
                conflicts.add(new Conflict(index, claim.first(), Field.CITY));
            } else if (listing.timeZone() != null && claim.timeZone() == null) {
                claims.put(siteKey, new SiteClaim(claim.first(), claim.city(), index, listing.timeZone()));
            } else if (listing.timeZone() != null && !listing.timeZone().equals(claim.timeZone())) {
                conflicts.add(new Conflict(index, claim.zoneListing(), Field.TIME_ZONE));
            }
        }
        return claims;
    }

    /// The stored record named `name` ignoring case: the exact spelling if stored, else the first.
    private static <T> T find(Map<String, List<T>> index, String name, Function<T, String> nameOf) {
        List<T> candidates = index.get(key(name));
        if (candidates == null) {
            return null;
        }
        return candidates.stream().filter(candidate -> nameOf.apply(candidate).equals(name)).findFirst()
                .orElse(candidates.getFirst());
    }

    private static List<String> changed(String[] fields, Object[] before, Object[] after) {
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            if (!Objects.equals(before[i], after[i])) {
                changed.add(fields[i]);
            }
        }
        return changed;
    }
}
