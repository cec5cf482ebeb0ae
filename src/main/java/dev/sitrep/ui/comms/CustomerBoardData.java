package dev.sitrep.ui.comms;

import dev.sitrep.domain.Commitment;
import dev.sitrep.domain.CommitmentState;
import dev.sitrep.domain.Communication;
import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.DeferredWork;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.EtaRisk;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.SiteRollup;
import dev.sitrep.domain.StatusTotals;
import dev.sitrep.domain.UpdateSchedule;
import dev.sitrep.store.Store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/// What the customer board knows of each customer the incident affects, read off the FX thread. Nothing in
/// it depends on the time now: the countdowns are worked out from it at every tick.
///
/// @param inventory the inventory it was worked out with, kept for the next load
/// @param customers one entry per affected customer, in no particular order
record CustomerBoardData(Incident incident, Inventory inventory, List<Facts> customers) {

    /// One affected customer's standing.
    ///
    /// @param sites             how many of their sites have an impacted device
    /// @param devices           their impacted devices by status
    /// @param lastContact       their latest call, e-mail or status update, or `null` before any
    /// @param updateDue         when their next status update is due; `null` when none is owed
    /// @param callbacksDue      the call backs still owed to them, earliest first
    /// @param pending           their commitments still to be kept (open or revised)
    /// @param revised           of those, the ones whose time was moved
    /// @param atRisk            of those, the ones whose task is expected after the time promised
    /// @param missed            their commitments that were missed
    /// @param deferredNotTold   their deferred work they have not been told about
    record Facts(Customer customer, int sites, StatusTotals devices, Communication lastContact, Instant updateDue,
                 List<Instant> callbacksDue, int pending, int revised, int atRisk, int missed, int deferredNotTold) {
    }

    /// The inventory the board needs, read once and again only when the inventory changes.
    record Inventory(Map<UUID, Customer> customers, List<Site> sites, List<Device> devices) {

        static Inventory read(Store store) {
            return new Inventory(store.inventory().customers().stream()
                    .collect(Collectors.toMap(Customer::id, Function.identity())),
                    store.inventory().sites(), store.inventory().devices());
        }
    }

    /// Reads the incident (its update cadence may have changed) and everything said and promised in it.
    static CustomerBoardData load(Store store, UUID incidentId, Inventory inventory) {
        Incident incident = store.incidents().find(incidentId).orElseThrow(() ->
                new IllegalStateException("The incident is no longer in the database."));
        List<SiteRollup> rollups = SiteRollup.forIncident(inventory.sites(), inventory.devices(),
                store.impacts().forIncident(incidentId));
        Set<UUID> affected = SiteRollup.customersOf(rollups);
        List<Communication> communications = store.communications().forIncident(incidentId);
        List<Commitment> commitments = store.commitments().forIncident(incidentId);
        Set<UUID> atRisk = EtaRisk.commitmentsAtRisk(commitments, store.tasks().forIncident(incidentId));
        List<DeferredWork> deferred = store.deferredWork().forIncident(incidentId);
        UpdateSchedule schedule = UpdateSchedule.of(incident, affected, communications);
        Map<UUID, List<SiteRollup>> sitesByCustomer = rollups.stream()
                .collect(Collectors.groupingBy(SiteRollup::customerId));
        Map<UUID, List<Communication>> talks = communications.stream()
                .filter(communication -> communication.customerId() != null)
                .collect(Collectors.groupingBy(Communication::customerId));
        Map<UUID, List<Commitment>> promises = commitments.stream()
                .collect(Collectors.groupingBy(Commitment::customerId));
        List<Facts> facts = new ArrayList<>();
        for (UUID customerId : affected) {
            Customer customer = inventory.customers().get(customerId);
            if (customer == null) {
                continue;
            }
            List<SiteRollup> sites = sitesByCustomer.getOrDefault(customerId, List.of());
            List<Communication> said = talks.getOrDefault(customerId, List.of());
            List<Commitment> promised = promises.getOrDefault(customerId, List.of());
            facts.add(new Facts(customer, sites.size(), SiteRollup.total(sites), lastContact(said),
                    schedule.forCustomer(customerId).map(UpdateSchedule.CustomerDue::dueAt).orElse(null),
                    callbacksDue(said), count(promised, c -> c.state().isPending()),
                    count(promised, c -> c.state() == CommitmentState.REVISED),
                    count(promised, c -> atRisk.contains(c.id())),
                    count(promised, c -> c.state() == CommitmentState.MISSED),
                    (int) deferred.stream().filter(work -> work.customerId().equals(customerId) && !work.isTold())
                            .count()));
        }
        return new CustomerBoardData(incident, inventory, List.copyOf(facts));
    }

    /// Their latest contact: a call either way, an e-mail or a status update; an internal note is not one.
    private static Communication lastContact(Collection<Communication> said) {
        return said.stream().filter(communication -> communication.kind() != CommunicationKind.INTERNAL_NOTE)
                .max(Comparator.comparing(Communication::at)).orElse(null);
    }

    private static List<Instant> callbacksDue(Collection<Communication> said) {
        return said.stream().filter(Communication::callbackPending).map(Communication::callbackDue).sorted()
                .toList();
    }

    private static int count(Collection<Commitment> commitments, Predicate<Commitment> which) {
        return (int) commitments.stream().filter(which).count();
    }
}
