package dev.sitrep.store;

import dev.sitrep.domain.Commitment;
import dev.sitrep.domain.Communication;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.DeferredWork;
import dev.sitrep.domain.Device;
import dev.sitrep.domain.Impact;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Shift;
import dev.sitrep.domain.Site;
import dev.sitrep.domain.Staff;

import java.util.List;

/// Everything a [BulkLoader] writes at once, in dependency order.
public record BulkBatch(List<Customer> customers, List<Site> sites, List<Device> devices, List<Staff> staff,
                        List<Incident> incidents, List<Impact> impacts, List<IncidentTask> tasks,
                        List<Communication> communications, List<Commitment> commitments,
                        List<DeferredWork> deferredWork, List<Shift> shifts, List<JournalEntry> journal) {

    public BulkBatch {
        customers = List.copyOf(customers);
        sites = List.copyOf(sites);
        devices = List.copyOf(devices);
        staff = List.copyOf(staff);
        incidents = List.copyOf(incidents);
        impacts = List.copyOf(impacts);
        tasks = List.copyOf(tasks);
        communications = List.copyOf(communications);
        commitments = List.copyOf(commitments);
        deferredWork = List.copyOf(deferredWork);
        shifts = List.copyOf(shifts);
        journal = List.copyOf(journal);
    }
}
