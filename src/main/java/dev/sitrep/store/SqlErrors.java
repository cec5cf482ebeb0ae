package dev.sitrep.store;

import dev.sitrep.store.StoreException.Reason;
import org.h2.api.ErrorCode;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/// Turns what H2 reports into a [StoreException] a person can act on.
///
/// Repositories check the usual mistakes themselves (a duplicate name, an unknown reference) so their
/// messages can name the value; what still reaches the database's constraints is described here by the
/// constraint's name.
final class SqlErrors {

    /// What each named constraint of the schema protects, as the start of a sentence.
    private static final Map<String, String> CONSTRAINTS = Map.ofEntries(
            Map.entry("UQ_CUSTOMER_NAME", "Customer name: another customer already has this name"),
            Map.entry("UQ_SITE_NAME", "Site name: the customer already has a site of this name"),
            Map.entry("UQ_DEVICE_HOSTNAME", "Device hostname: the site already has a device of this hostname"),
            Map.entry("UQ_STAFF_NAME", "Staff name: someone already has this name"),
            Map.entry("UQ_INCIDENT_CODE", "Incident code: another incident already has this code"),
            Map.entry("UQ_MESSAGE_TEMPLATE_NAME", "Template name: another template already has this name"),
            Map.entry("PK_IMPACT", "Impact: the device is already part of the incident"),
            Map.entry("FK_SITE_CUSTOMER", "Site: its customer does not exist"),
            Map.entry("FK_DEVICE_SITE", "Device: its site does not exist"),
            Map.entry("FK_INCIDENT_COMMANDER", "Incident commander: no such member of staff"),
            Map.entry("FK_IMPACT_INCIDENT", "Impact: its incident does not exist"),
            Map.entry("FK_IMPACT_DEVICE", "Impact: its device does not exist"),
            Map.entry("FK_IMPACT_ENGINEER", "Impact engineer: no such member of staff"),
            Map.entry("FK_TASK_INCIDENT", "Task: its incident does not exist"),
            Map.entry("FK_TASK_CUSTOMER", "Task scope: no such customer"),
            Map.entry("FK_TASK_SITE", "Task scope: no such site"),
            Map.entry("FK_TASK_DEVICE", "Task scope: no such device"),
            Map.entry("FK_TASK_ASSIGNEE", "Task assignee: no such member of staff"),
            Map.entry("FK_COMMUNICATION_INCIDENT", "Communication: its incident does not exist"),
            Map.entry("FK_COMMUNICATION_CUSTOMER", "Communication customer: no such customer"),
            Map.entry("FK_COMMITMENT_INCIDENT", "Commitment: its incident does not exist"),
            Map.entry("FK_COMMITMENT_CUSTOMER", "Commitment customer: no such customer"),
            Map.entry("FK_COMMITMENT_TASK", "Commitment task: no such task"),
            Map.entry("FK_DEFERRED_WORK_INCIDENT", "Deferred work: its incident does not exist"),
            Map.entry("FK_DEFERRED_WORK_CUSTOMER", "Deferred work customer: no such customer"),
            Map.entry("FK_SHIFT_INCIDENT", "Shift: its incident does not exist"),
            Map.entry("FK_SHIFT_LEAD", "Shift lead: no such member of staff"),
            Map.entry("FK_SHIFT_MEMBER_STAFF", "Shift member: no such member of staff"),
            Map.entry("FK_JOURNAL_INCIDENT", "Journal entry: its incident does not exist"),
            Map.entry("CK_INCIDENT_RESOLVED_AT", "Incident: a resolved incident needs its resolved time, "
                    + "an open one must not have one"),
            Map.entry("CK_TASK_DOWNTIME", "Task downtime: the window must end after it starts"),
            Map.entry("CK_SHIFT_END", "Shift: it cannot end before it starts"));

    private SqlErrors() {
    }

    /// Describes a failed read or write.
    static StoreException translate(SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DUPLICATE_KEY_1,
                 ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1,
                 ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1,
                 ErrorCode.CHECK_CONSTRAINT_VIOLATED_1,
                 ErrorCode.NULL_NOT_ALLOWED,
                 ErrorCode.VALUE_TOO_LONG_2 -> new StoreException(Reason.REJECTED, rejection(e), e);
            case ErrorCode.LOCK_TIMEOUT_1, ErrorCode.DEADLOCK_1 -> new StoreException(Reason.FAILED,
                    "Another console kept the database busy for too long; nothing was saved. Try again.", e);
            case ErrorCode.DATABASE_IS_READ_ONLY -> new StoreException(Reason.NOT_WRITABLE,
                    "The database is read-only, so nothing was saved: " + firstLine(e), e);
            default -> new StoreException(Reason.FAILED, "The database reported a problem: " + firstLine(e), e);
        };
    }

    /// Describes why the database could not be opened at `where`.
    static StoreException translateOpen(SQLException e, String where) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1, ErrorCode.DATABASE_IS_IN_EXCLUSIVE_MODE,
                 ErrorCode.CONNECTION_BROKEN_1 -> new StoreException(Reason.LOCKED,
                    "The database " + where + " is held by another program that this console cannot join "
                            + "(for example an H2 tool or a Sitrep started without auto-server mode). "
                            + "Close that program, or open a different database with --db.", e);
            case ErrorCode.DATABASE_IS_READ_ONLY, ErrorCode.FILE_CREATION_FAILED_1,
                 ErrorCode.FILE_RENAME_FAILED_2, ErrorCode.FILE_DELETE_FAILED_1 -> new StoreException(
                    Reason.NOT_WRITABLE, "The database " + where + " cannot be written: " + firstLine(e), e);
            case ErrorCode.FILE_CORRUPTED_1 -> new StoreException(Reason.FAILED,
                    "The file " + where + " is not a Sitrep database or is damaged: " + firstLine(e), e);
            case ErrorCode.WRONG_USER_OR_PASSWORD -> new StoreException(Reason.FAILED,
                    "The database " + where + " belongs to another program: it refused Sitrep's login.", e);
            default -> new StoreException(Reason.FAILED,
                    "The database " + where + " could not be opened: " + firstLine(e), e);
        };
    }

    private static String rejection(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toUpperCase(Locale.ROOT);
        return CONSTRAINTS.entrySet().stream()
                .filter(entry -> message.contains(entry.getKey()))
                .map(entry -> entry.getValue() + ".")
                .findFirst()
                .orElseGet(() -> "The change breaks a rule of the database: " + firstLine(e));
    }

    /// H2's message without the SQL statement and error code it appends.
    static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int sqlStatement = message.indexOf("; SQL statement:");
        String text = sqlStatement >= 0 ? message.substring(0, sqlStatement) : message.lines().findFirst().orElse("");
        return text.replaceAll("\\s*\\[\\d+-\\d+]$", "").strip();
    }
}
