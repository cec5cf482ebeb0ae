package dev.sitrep.store;

import dev.sitrep.domain.Commitment;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.IncidentTask;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.Operator;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.sitrep.store.StoreException.rejected;

/// Promises made to customers in an incident, with the history of their due times.
public final class CommitmentRepository {

    private final Transactions transactions;

    CommitmentRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    /// The incident's commitments, oldest first.
    public List<Commitment> forIncident(UUID incidentId) {
        return transactions.read(c -> Sql.list(c,
                Tables.COMMITMENT.select("WHERE incident_id = ? ORDER BY created_at, id"),
                Tables.COMMITMENT.mapper(), incidentId));
    }

    public Optional<Commitment> find(UUID id) {
        return transactions.read(c -> Sql.one(c, Tables.COMMITMENT.select("WHERE id = ?"),
                Tables.COMMITMENT.mapper(), id));
    }

    /// Every change of the commitment's due time, oldest first.
    public List<CommitmentRevision> revisions(UUID commitmentId) {
        return transactions.read(c -> Sql.list(c,
                Tables.COMMITMENT_REVISION.select("WHERE commitment_id = ? ORDER BY revised_at, id"),
                Tables.COMMITMENT_REVISION.mapper(), commitmentId));
    }

    /// Inserts or updates by id, journaled.
    ///
    /// A new commitment journals `CREATED`. An update journals `STATUS_CHANGED` (`from`, `to`) when the state
    /// changed and `UPDATED` (`fields`) for any other change; a new due time is also kept as a
    /// [CommitmentRevision]. An unchanged commitment writes nothing. Refuses an empty promise, unknown
    /// references and a task of another incident.
    public void save(Commitment commitment, Operator by) {
        if (commitment.what().isEmpty()) {
            throw rejected("What: say what was promised.");
        }
        transactions.write(tx -> {
            Lookups.requireIncident(tx.connection(), commitment.incidentId());
            String customer = Lookups.requireCustomer(tx.connection(), commitment.customerId(), "Customer");
            if (commitment.taskId() != null) {
                IncidentTask task = tx.one(Tables.TASK.select("WHERE id = ?"), Tables.TASK.mapper(),
                                commitment.taskId())
                        .orElseThrow(() -> rejected("Task: there is no task with id " + commitment.taskId() + "."));
                if (!task.incidentId().equals(commitment.incidentId())) {
                    throw rejected("Task: '" + task.title() + "' belongs to another incident.");
                }
            }
            Details details = Details.of("name", commitment.what()).and("customer", customer);
            Optional<Commitment> stored = tx.one(Tables.COMMITMENT.select("WHERE id = ?"),
                    Tables.COMMITMENT.mapper(), commitment.id());
            if (stored.isEmpty()) {
                Tables.COMMITMENT.insert(tx.connection(), commitment);
                tx.journal(by, commitment.incidentId(), EntityType.COMMITMENT, commitment.id(),
                        JournalAction.CREATED, details.and("due", commitment.dueAt().toString())
                                .and("state", commitment.state()).map());
                return;
            }
            Commitment old = stored.get();
            if (!old.incidentId().equals(commitment.incidentId())) {
                throw rejected("Commitment: '" + old.what() + "' belongs to another incident and cannot move.");
            }
            Changes changes = new Changes()
                    .compare("customer", old.customerId(), commitment.customerId())
                    .compare("what", old.what(), commitment.what())
                    .compare("dueAt", old.dueAt(), commitment.dueAt())
                    .compare("task", old.taskId(), commitment.taskId());
            boolean stateChanged = old.state() != commitment.state();
            if (changes.isEmpty() && !stateChanged) {
                return;
            }
            tx.update("UPDATE commitment SET customer_id = ?, what = ?, due_at = ?, task_id = ?, state = ? "
                            + "WHERE id = ?", commitment.customerId(), commitment.what(), commitment.dueAt(),
                    commitment.taskId(), commitment.state(), commitment.id());
            if (changes.contains("dueAt")) {
                Tables.COMMITMENT_REVISION.insert(tx.connection(), new CommitmentRevision(commitment.id(),
                        old.dueAt(), commitment.dueAt(), tx.now(), by.name()));
            }
            if (stateChanged) {
                tx.journal(by, commitment.incidentId(), EntityType.COMMITMENT, commitment.id(),
                        JournalAction.STATUS_CHANGED,
                        details.copy().and("from", old.state()).and("to", commitment.state()).map());
            }
            if (!changes.isEmpty()) {
                Details updated = details.copy().and("fields", changes.fields());
                if (changes.contains("dueAt")) {
                    updated.and("previousDue", old.dueAt().toString()).and("due", commitment.dueAt().toString());
                }
                tx.journal(by, commitment.incidentId(), EntityType.COMMITMENT, commitment.id(),
                        JournalAction.UPDATED, updated.map());
            }
        });
    }
}
