package dev.sitrep.store;

import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.Text;
import dev.sitrep.domain.Communication;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.Operator;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.sitrep.store.StoreException.rejected;

/// Calls, e-mails, status updates and notes of an incident.
public final class CommunicationRepository {

    private final Transactions transactions;

    CommunicationRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    /// The incident's communications, oldest first.
    public List<Communication> forIncident(UUID incidentId) {
        return transactions.read(c -> Sql.list(c, Tables.COMMUNICATION.select("WHERE incident_id = ? ORDER BY at, id"),
                Tables.COMMUNICATION.mapper(), incidentId));
    }

    public Optional<Communication> find(UUID id) {
        return transactions.read(c -> Sql.one(c, Tables.COMMUNICATION.select("WHERE id = ?"),
                Tables.COMMUNICATION.mapper(), id));
    }

    /// Inserts or updates by id, journaled.
    ///
    /// A new communication journals `LOGGED` (`kind`, `customer`, the summary's first words as `name`). An
    /// update journals `CALLBACK_DONE` when the call back is newly marked done and `UPDATED` (`fields`) for
    /// any other change; an unchanged one writes nothing.
    public void save(Communication communication, Operator by) {
        transactions.write(tx -> save(tx, communication, by));
    }

    /// [#save(Communication, Operator)] inside a transaction that may write more: what another repository calls
    /// when a communication is stored together with the change it reports.
    static void save(WriteTx tx, Communication communication, Operator by) throws SQLException {
        Lookups.requireIncident(tx.connection(), communication.incidentId());
        String customer = communication.customerId() == null ? null
                : Lookups.requireCustomer(tx.connection(), communication.customerId(), "Customer");
        Details details = Details.of("name", Text.firstWords(communication.summary(), JournalEntry.SHORT_TEXT))
                .and("customer", customer);
        Optional<Communication> stored = tx.one(Tables.COMMUNICATION.select("WHERE id = ?"),
                Tables.COMMUNICATION.mapper(), communication.id());
        if (stored.isEmpty()) {
            Tables.COMMUNICATION.insert(tx.connection(), communication);
            tx.journal(by, communication.incidentId(), EntityType.COMMUNICATION, communication.id(),
                    JournalAction.LOGGED, details.and("kind", communication.kind())
                            .and("urgency", communication.urgency()).map());
            return;
        }
        Communication old = stored.get();
        if (!old.incidentId().equals(communication.incidentId())) {
            throw rejected("Communication: it belongs to another incident and cannot move.");
        }
        boolean callbackDone = old.callbackDoneAt() == null && communication.callbackDoneAt() != null;
        Changes changes = new Changes()
                .compare("customer", old.customerId(), communication.customerId())
                .compare("kind", old.kind(), communication.kind())
                .compare("channel", old.channel(), communication.channel())
                .compare("contact", old.contact(), communication.contact())
                .compare("summary", old.summary(), communication.summary())
                .compare("urgency", old.urgency(), communication.urgency())
                .compare("loggedBy", old.loggedBy(), communication.loggedBy())
                .compare("at", old.at(), communication.at())
                .compare("callbackDue", old.callbackDue(), communication.callbackDue());
        if (!callbackDone) {
            changes.compare("callbackDoneAt", old.callbackDoneAt(), communication.callbackDoneAt());
        }
        if (changes.isEmpty() && !callbackDone) {
            return;
        }
        tx.update("UPDATE communication SET customer_id = ?, kind = ?, channel = ?, contact = ?, summary = ?, "
                        + "urgency = ?, logged_by = ?, at = ?, callback_due = ?, callback_done_at = ? WHERE id = ?",
                communication.customerId(), communication.kind(), communication.channel(),
                communication.contact(), communication.summary(), communication.urgency(),
                communication.loggedBy(), communication.at(), communication.callbackDue(),
                communication.callbackDoneAt(), communication.id());
        if (callbackDone) {
            tx.journal(by, communication.incidentId(), EntityType.COMMUNICATION, communication.id(),
                    JournalAction.CALLBACK_DONE, details.copy().map());
        }
        if (!changes.isEmpty()) {
            tx.journal(by, communication.incidentId(), EntityType.COMMUNICATION, communication.id(),
                    JournalAction.UPDATED, details.copy().and("fields", changes.fields()).map());
        }
    }
}
