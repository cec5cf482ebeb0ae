package dev.sitrep.store;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Scope;
import dev.sitrep.domain.TaskStatus;
import dev.sitrep.store.Lookups.DevicePlace;
import dev.sitrep.store.Lookups.SitePlace;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static dev.sitrep.store.StoreException.rejected;

/// Tasks of an incident.
public final class TaskRepository {

    private final Transactions transactions;

    TaskRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    /// The incident's tasks, oldest first.
    public List<IncidentTask> forIncident(UUID incidentId) {
        return transactions.read(c -> Sql.list(c, Tables.TASK.select("WHERE incident_id = ? ORDER BY created_at, id"),
                Tables.TASK.mapper(), incidentId));
    }

    public Optional<IncidentTask> find(UUID id) {
        return transactions.read(c -> Sql.one(c, Tables.TASK.select("WHERE id = ?"), Tables.TASK.mapper(), id));
    }

    /// Inserts or updates by id, journaled; an update stamps `updatedAt` with the store's clock.
    ///
    /// A new task journals `CREATED`. An update journals `STATUS_CHANGED` (`from`, `to`, and `reason` when
    /// blocked) if the status changed, `ASSIGNED` (`engineer`) if the assignee changed, and `UPDATED`
    /// (`fields`) for any other change; an unchanged task writes nothing. Refuses a blank title, a blocked
    /// task without a reason, a scope whose parts do not belong together and unknown references.
    public void save(IncidentTask task, Operator by) {
        requireValid(task);
        transactions.write(tx -> {
            Lookups.requireIncident(tx.connection(), task.incidentId());
            Details place = place(tx.connection(), task.title(), task.scope());
            String assignee = Lookups.staffNameOrEmpty(tx.connection(), task.assigneeId(), "Assignee");
            Optional<IncidentTask> stored = tx.one(Tables.TASK.select("WHERE id = ?"), Tables.TASK.mapper(),
                    task.id());
            if (stored.isEmpty()) {
                insert(tx, task, place, assignee, by);
                return;
            }
            update(tx, stored.get(), task, place, assignee, by);
        });
    }

    /// Stores new tasks (a bulk creation from a template) in one transaction, each journaled `CREATED`:
    /// all of them, or none when one is refused.
    public void createAll(List<IncidentTask> tasks, Operator by) {
        tasks.forEach(TaskRepository::requireValid);
        transactions.write(tx -> {
            for (IncidentTask task : tasks) {
                Lookups.requireIncident(tx.connection(), task.incidentId());
                if (tx.count("SELECT COUNT(*) FROM task WHERE id = ?", task.id()) > 0) {
                    throw rejected("Task: '" + task.title() + "' is stored already.");
                }
                insert(tx, task, place(tx.connection(), task.title(), task.scope()),
                        Lookups.staffNameOrEmpty(tx.connection(), task.assigneeId(), "Assignee"), by);
            }
        });
    }

    private static void requireValid(IncidentTask task) {
        if (task.title().isEmpty()) {
            throw rejected("Title: give the task a title.");
        }
        if (task.status() == TaskStatus.BLOCKED && task.blockedReason().isEmpty()) {
            throw rejected("Blocked reason: say what the task '" + task.title() + "' is waiting for.");
        }
    }

    private static void insert(WriteTx tx, IncidentTask task, Details place, String assignee, Operator by)
            throws SQLException {
        Tables.TASK.insert(tx.connection(), task);
        tx.journal(by, task.incidentId(), EntityType.TASK, task.id(), JournalAction.CREATED,
                place.and("status", task.status()).and("priority", task.priority()).and("engineer", assignee)
                        .map());
    }

    private static void update(WriteTx tx, IncidentTask old, IncidentTask task, Details place, String assignee,
                               Operator by) throws SQLException {
        if (!old.incidentId().equals(task.incidentId())) {
            throw rejected("Task: '" + old.title() + "' belongs to another incident and cannot move.");
        }
        Changes changes = new Changes()
                .compare("title", old.title(), task.title())
                .compare("detail", old.detail(), task.detail())
                .compare("scope", old.scope(), task.scope())
                .compare("priority", old.priority(), task.priority())
                .compare("eta", old.eta(), task.eta())
                .compare("downtime", old.downtime(), task.downtime());
        if (old.status() == task.status()) {
            changes.compare("blockedReason", old.blockedReason(), task.blockedReason());
        }
        boolean statusChanged = old.status() != task.status();
        boolean assigneeChanged = !Objects.equals(old.assigneeId(), task.assigneeId());
        if (changes.isEmpty() && !statusChanged && !assigneeChanged) {
            return;
        }
        tx.update("UPDATE task SET title = ?, detail = ?, customer_id = ?, site_id = ?, device_id = ?, "
                        + "assignee_id = ?, status = ?, blocked_reason = ?, priority = ?, eta = ?, "
                        + "downtime_start = ?, downtime_end = ?, updated_at = ? WHERE id = ?",
                task.title(), task.detail(), task.scope().customerId(), task.scope().siteId(),
                task.scope().deviceId(), task.assigneeId(), task.status(), task.blockedReason(), task.priority(),
                task.eta(), task.downtime() == null ? null : task.downtime().start(),
                task.downtime() == null ? null : task.downtime().end(), tx.now(), task.id());
        if (statusChanged) {
            Details details = place.copy().and("from", old.status()).and("to", task.status());
            if (task.status() == TaskStatus.BLOCKED) {
                details.and("reason", task.blockedReason());
            }
            tx.journal(by, task.incidentId(), EntityType.TASK, task.id(), JournalAction.STATUS_CHANGED,
                    details.map());
        }
        if (assigneeChanged) {
            tx.journal(by, task.incidentId(), EntityType.TASK, task.id(), JournalAction.ASSIGNED,
                    place.copy().and("engineer", assignee).map());
        }
        if (!changes.isEmpty()) {
            tx.journal(by, task.incidentId(), EntityType.TASK, task.id(), JournalAction.UPDATED,
                    place.copy().and("fields", changes.fields()).map());
        }
    }

    /// The task's name and the names of what it is about; refuses a scope whose parts do not belong together.
    private static Details place(Connection connection, String title, Scope scope) throws SQLException {
        Details details = Details.of("name", title);
        if (scope.deviceId() != null) {
            DevicePlace device = Lookups.requireDevice(connection, scope.deviceId(), "Task device");
            if (!device.siteId().equals(scope.siteId()) || !device.customerId().equals(scope.customerId())) {
                throw rejected("Task device: '" + device.hostname() + "' is at " + device.site() + " ("
                        + device.customer() + "), not at the site and customer the task names.");
            }
            return details.and("customer", device.customer()).and("site", device.site())
                    .and("device", device.hostname());
        }
        if (scope.siteId() != null) {
            SitePlace site = Lookups.requireSite(connection, scope.siteId(), "Task site");
            if (!site.customerId().equals(scope.customerId())) {
                throw rejected("Task site: '" + site.site() + "' belongs to " + site.customer()
                        + ", not to the customer the task names.");
            }
            return details.and("customer", site.customer()).and("site", site.site());
        }
        if (scope.customerId() != null) {
            return details.and("customer", Lookups.requireCustomer(connection, scope.customerId(), "Task customer"));
        }
        return details;
    }
}
