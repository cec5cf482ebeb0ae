package dev.sitrep.io.snapshot;

/// How a long transfer reports how far it is, and learns that the person no longer wants it.
public interface Progress {

    /// A transfer nobody watches.
    Progress NONE = new Progress() {
        @Override
        public void worked(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /// `done` of `total` units (rows or bytes) are through. Called from the transfer's thread.
    void worked(long done, long total);

    /// True once the transfer should stop; it then stops, leaving nothing half-written.
    boolean isCancelled();
}
