package dev.sitrep.store;

import dev.sitrep.domain.Communication;
import dev.sitrep.domain.DeferredWork;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.Operator;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.sitrep.store.StoreException.rejected;

/// Other customers' work that slipped because of an incident.
public final class DeferredWorkRepository {

    private final Transactions transactions;

    DeferredWorkRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    /// The incident's deferred work, by original due time (the work that was due first comes first).
    public List<DeferredWork> forIncident(UUID incidentId) {
        return transactions.read(c -> Sql.list(c,
                Tables.DEFERRED_WORK.select("WHERE incident_id = ? ORDER BY original_due, id"),
                Tables.DEFERRED_WORK.mapper(), incidentId));
    }

    public Optional<DeferredWork> find(UUID id) {
        return transactions.read(c -> Sql.one(c, Tables.DEFERRED_WORK.select("WHERE id = ?"),
                Tables.DEFERRED_WORK.mapper(), id));
    }

    /// Inserts or updates by id, journaled: `CREATED`, or `UPDATED` with the changed `fields`; an unchanged
    /// record writes nothing. Refuses an empty description and unknown references.
    public void save(DeferredWork deferredWork, Operator by) {
        requireWhat(deferredWork);
        transactions.write(tx -> save(tx, deferredWork, by));
    }

    /// Logs `told`, the call or e-mail that told the customer their work slips, and marks the work told at
    /// its time by `by`, in one transaction: the call and the mark are stored together or not at all.
    ///
    /// Journals the communication `LOGGED` and the work `UPDATED` (`toldAt`, `toldBy`). Refuses work that is
    /// not stored or was told already (perhaps from another console a moment ago), a communication logged
    /// before, and one to another customer or in another incident; then nothing is written. Returns the work
    /// as told.
    public DeferredWork tell(UUID deferredWorkId, Communication told, Operator by) {
        return transactions.writeReturning(tx -> {
            DeferredWork work = tx.one(Tables.DEFERRED_WORK.select("WHERE id = ?"), Tables.DEFERRED_WORK.mapper(),
                    deferredWorkId).orElseThrow(() -> rejected("Deferred work: there is none with id "
                    + deferredWorkId + "; it may have been removed."));
            if (work.isTold()) {
                throw rejected("Deferred work: the customer was already told about '" + work.what() + "'"
                        + (work.toldBy().isEmpty() ? "" : " by " + work.toldBy()) + ".");
            }
            if (!work.incidentId().equals(told.incidentId()) || !work.customerId().equals(told.customerId())) {
                throw rejected("Communication: it must be to the customer of '" + work.what()
                        + "', in the same incident.");
            }
            if (tx.count("SELECT COUNT(*) FROM communication WHERE id = ?", told.id()) > 0) {
                throw rejected("Communication: it is logged already; telling the customer logs a new one.");
            }
            CommunicationRepository.save(tx, told, by);
            DeferredWork marked = new DeferredWork(work.id(), work.incidentId(), work.customerId(), work.what(),
                    work.originalDue(), work.revisedDue(), told.at(), by.name());
            save(tx, marked, by);
            return marked;
        });
    }

    private static void requireWhat(DeferredWork deferredWork) {
        if (deferredWork.what().isEmpty()) {
            throw rejected("What: say which work was deferred.");
        }
    }

    private static void save(WriteTx tx, DeferredWork deferredWork, Operator by) throws SQLException {
        Lookups.requireIncident(tx.connection(), deferredWork.incidentId());
        String customer = Lookups.requireCustomer(tx.connection(), deferredWork.customerId(), "Customer");
        Details details = Details.of("name", deferredWork.what()).and("customer", customer);
        Optional<DeferredWork> stored = tx.one(Tables.DEFERRED_WORK.select("WHERE id = ?"),
                Tables.DEFERRED_WORK.mapper(), deferredWork.id());
        if (stored.isEmpty()) {
            Tables.DEFERRED_WORK.insert(tx.connection(), deferredWork);
            tx.journal(by, deferredWork.incidentId(), EntityType.DEFERRED_WORK, deferredWork.id(),
                    JournalAction.CREATED, details.map());
            return;
        }
        DeferredWork old = stored.get();
        if (!old.incidentId().equals(deferredWork.incidentId())) {
            throw rejected("Deferred work: '" + old.what() + "' belongs to another incident and cannot move.");
        }
        Changes changes = new Changes()
                .compare("customer", old.customerId(), deferredWork.customerId())
                .compare("what", old.what(), deferredWork.what())
                .compare("originalDue", old.originalDue(), deferredWork.originalDue())
                .compare("revisedDue", old.revisedDue(), deferredWork.revisedDue())
                .compare("toldAt", old.toldAt(), deferredWork.toldAt())
                .compare("toldBy", old.toldBy(), deferredWork.toldBy());
        if (changes.isEmpty()) {
            return;
        }
        tx.update("UPDATE deferred_work SET customer_id = ?, what = ?, original_due = ?, revised_due = ?, "
                        + "told_at = ?, told_by = ? WHERE id = ?",
                deferredWork.customerId(), deferredWork.what(), deferredWork.originalDue(),
                deferredWork.revisedDue(), deferredWork.toldAt(), deferredWork.toldBy(), deferredWork.id());
        tx.journal(by, deferredWork.incidentId(), EntityType.DEFERRED_WORK, deferredWork.id(),
                JournalAction.UPDATED, details.and("fields", changes.fields()).map());
    }
}
