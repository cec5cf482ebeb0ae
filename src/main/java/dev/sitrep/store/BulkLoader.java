package dev.sitrep.store;

import dev.sitrep.store.Tables.ShiftMember;

import java.util.List;

/// Writes a whole data set in one transaction with JDBC batches: demo data and snapshot import.
///
/// Journal entries in the batch keep their own times and actors (a demo's two weeks of history, an
/// imported journal); they get new sequence numbers after those already written. The loader adds no
/// entry of its own: a batch that should show up in other consoles' change feeds carries at least one.
public final class BulkLoader {

    private final Transactions transactions;

    BulkLoader(Transactions transactions) {
        this.transactions = transactions;
    }

    /// Inserts everything in `batch`, or nothing if any row is refused.
    public void insert(BulkBatch batch) {
        transactions.write(tx -> {
            var connection = tx.connection();
            Tables.CUSTOMER.insertAll(connection, batch.customers());
            Tables.SITE.insertAll(connection, batch.sites());
            Tables.DEVICE.insertAll(connection, batch.devices());
            Tables.STAFF.insertAll(connection, batch.staff());
            Tables.INCIDENT.insertAll(connection, batch.incidents());
            Tables.IMPACT.insertAll(connection, batch.impacts());
            Tables.TASK.insertAll(connection, batch.tasks());
            Tables.COMMUNICATION.insertAll(connection, batch.communications());
            Tables.COMMITMENT.insertAll(connection, batch.commitments());
            Tables.DEFERRED_WORK.insertAll(connection, batch.deferredWork());
            Tables.SHIFT.insertAll(connection, batch.shifts());
            List<ShiftMember> members = batch.shifts().stream()
                    .map(ShiftMember::of)
                    .flatMap(List::stream)
                    .toList();
            Tables.SHIFT_MEMBER.insertAll(connection, members);
            batch.journal().forEach(tx::journal);
        });
    }
}
