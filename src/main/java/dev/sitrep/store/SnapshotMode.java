package dev.sitrep.store;

/// How a snapshot is written into a database that may hold data already.
public enum SnapshotMode {
    /// Adds rows the database does not have and updates those that differ, matched by their stable ids;
    /// everything else stays as it is.
    MERGE,
    /// Removes everything, journal included, and writes the snapshot in its place.
    REPLACE
}
