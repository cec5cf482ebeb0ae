package dev.sitrep.store;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Staff;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.domain.Text;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.sitrep.store.StoreException.rejected;

/// The provider's staff. Names are unique ignoring case: operators sign in by name.
public final class StaffRepository {

    private final Transactions transactions;

    StaffRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    /// Everyone, by name.
    public List<Staff> all() {
        return transactions.read(c -> Sql.list(c, Tables.STAFF.select("ORDER BY name_key, id"),
                Tables.STAFF.mapper()));
    }

    public Optional<Staff> find(UUID id) {
        return transactions.read(c -> Sql.one(c, Tables.STAFF.select("WHERE id = ?"), Tables.STAFF.mapper(), id));
    }

    /// Finds a member of staff by name, ignoring case and surrounding blanks.
    public Optional<Staff> findByName(String name) {
        return transactions.read(c -> byName(c, Text.orEmpty(name)));
    }

    /// Inserts or updates by id, journaled. Refuses a blank name or one someone else has (ignoring case).
    public void save(Staff staff, Operator by) {
        if (staff.name().isEmpty()) {
            throw rejected("Staff name: give the person a name.");
        }
        transactions.write(tx -> {
            Optional<Staff> namesake = byName(tx.connection(), staff.name());
            if (namesake.isPresent() && !namesake.get().id().equals(staff.id())) {
                throw rejected("Staff name: '" + namesake.get().name() + "' is already on the staff list.");
            }
            Optional<Staff> stored = tx.one(Tables.STAFF.select("WHERE id = ?"), Tables.STAFF.mapper(), staff.id());
            Details details = Details.of("name", staff.name()).and("role", staff.role());
            if (stored.isEmpty()) {
                Tables.STAFF.insert(tx.connection(), staff);
                tx.journal(by, null, EntityType.STAFF, staff.id(), JournalAction.CREATED, details.map());
                return;
            }
            Staff old = stored.get();
            Changes changes = new Changes()
                    .compare("name", old.name(), staff.name())
                    .compare("role", old.role(), staff.role())
                    .compare("phone", old.phone(), staff.phone())
                    .compare("skills", old.skills(), staff.skills());
            if (changes.isEmpty()) {
                return;
            }
            tx.update("UPDATE staff SET name = ?, role = ?, phone = ?, skills = ? WHERE id = ?",
                    staff.name(), staff.role(), staff.phone(), staff.skills(), staff.id());
            tx.journal(by, null, EntityType.STAFF, staff.id(), JournalAction.UPDATED,
                    details.and("fields", changes.fields()).map());
        });
    }

    /// Signs an operator in: finds the staff member by name (updating the role if it changed) or adds them,
    /// and journals the sign-in as done by that operator.
    public Operator signIn(String name, StaffRole role) {
        String wanted = Text.orEmpty(name);
        if (wanted.isEmpty()) {
            throw rejected("Name: say who is signing in.");
        }
        if (role == null) {
            throw rejected("Role: choose commander, engineer, TAM or manager.");
        }
        return transactions.writeReturning(tx -> {
            Optional<Staff> known = byName(tx.connection(), wanted);
            Staff staff = known.orElseGet(() -> new Staff(UUID.randomUUID(), wanted, role, "", ""));
            Operator operator = new Operator(staff.id(), staff.name(), role);
            if (known.isEmpty()) {
                Tables.STAFF.insert(tx.connection(), staff);
                tx.journal(operator, null, EntityType.STAFF, staff.id(), JournalAction.CREATED,
                        Details.of("name", staff.name()).and("role", role).map());
            } else if (staff.role() != role) {
                tx.update("UPDATE staff SET role = ? WHERE id = ?", role, staff.id());
                tx.journal(operator, null, EntityType.STAFF, staff.id(), JournalAction.UPDATED,
                        Details.of("name", staff.name()).and("role", role).and("fields", "role").map());
            }
            tx.journal(operator, null, EntityType.STAFF, staff.id(), JournalAction.SIGNED_IN,
                    Details.of("name", staff.name()).and("role", role).map());
            return operator;
        });
    }

    private static Optional<Staff> byName(Connection connection, String name) throws SQLException {
        return Sql.one(connection, Tables.STAFF.select("WHERE name_key = LOWER(?)"), Tables.STAFF.mapper(), name);
    }
}
