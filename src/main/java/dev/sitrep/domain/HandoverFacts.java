package dev.sitrep.domain;

import java.util.List;
import java.util.Objects;

/// What a handover sheet is made from: one incident's state, the inventory and staff it names, and its
/// journal from the start of the shift on.
///
/// @param journal the incident's journal entries, at least those from the shift's start on
public record HandoverFacts(Incident incident, List<Customer> customers, List<Site> sites, List<Device> devices,
                            List<Staff> staff, List<Impact> impacts, List<IncidentTask> tasks,
                            List<Commitment> commitments, List<Communication> communications,
                            List<DeferredWork> deferred, List<Shift> shifts, List<JournalEntry> journal) {

    public HandoverFacts {
        Objects.requireNonNull(incident, "incident");
        customers = List.copyOf(customers);
        sites = List.copyOf(sites);
        devices = List.copyOf(devices);
        staff = List.copyOf(staff);
        impacts = List.copyOf(impacts);
        tasks = List.copyOf(tasks);
        commitments = List.copyOf(commitments);
        communications = List.copyOf(communications);
        deferred = List.copyOf(deferred);
        shifts = List.copyOf(shifts);
        journal = List.copyOf(journal);
    }
}
