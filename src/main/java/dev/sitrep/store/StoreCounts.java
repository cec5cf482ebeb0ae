package dev.sitrep.store;

/// How many rows each part of the database holds.
public record StoreCounts(long customers, long sites, long devices, long staff, long incidents, long impacts,
                          long tasks, long communications, long commitments, long deferredWork, long shifts,
                          long journal) {

    public boolean isEmpty() {
        return customers + staff + incidents == 0;
    }
}
