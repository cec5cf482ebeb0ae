package dev.sitrep.store;

/// A database problem, with a message a person can act on.
public class StoreException extends RuntimeException {

    /// Why the database could not be used; callers show the message and may react to the reason.
    public enum Reason {
        /// The database was written by a newer Sitrep; this one refuses to touch it.
        SCHEMA_TOO_NEW,
        /// Another program holds the database in a way this console cannot join.
        LOCKED,
        /// The database's folder or file cannot be written.
        NOT_WRITABLE,
        /// A change broke a rule (a duplicate name, a missing reference, a phase rule).
        REJECTED,
        /// Anything else the database reported.
        FAILED
    }

    private final Reason reason;

    public StoreException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /// A change refused because it breaks a rule; `message` names the field and the value.
    static StoreException rejected(String message) {
        return new StoreException(Reason.REJECTED, message);
    }

    public Reason reason() {
        return reason;
    }
}
