package dev.sitrep.store;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.MessageTemplate;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Text;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.sitrep.store.StoreException.rejected;

/// The status-update templates. They belong to no incident: every incident's updates pick from them.
///
/// Changes are journaled as `TEMPLATE` entries with the template's `name`; an update also names its changed
/// `fields`, and a rename the `previousName`.
public final class TemplateRepository {

    private final Transactions transactions;

    TemplateRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    /// Every template, by name ignoring case.
    public List<MessageTemplate> all() {
        return transactions.read(c -> Sql.list(c, Tables.TEMPLATE.select("ORDER BY name_key, id"),
                Tables.TEMPLATE.mapper()));
    }

    public Optional<MessageTemplate> find(UUID id) {
        return transactions.read(c -> Sql.one(c, Tables.TEMPLATE.select("WHERE id = ?"), Tables.TEMPLATE.mapper(), id));
    }

    /// Inserts or updates by id, journaled, and returns the template as stored: its `updatedAt` is the time
    /// of this change. An unchanged template writes nothing and comes back as it was stored.
    ///
    /// @throws StoreException `REJECTED` for a blank name, a name another template has (ignoring case), or a
    ///                        text longer than the database keeps
    public MessageTemplate save(MessageTemplate template, Operator by) {
        requireFits(template);
        return transactions.writeReturning(tx -> {
            Optional<MessageTemplate> namesake = byName(tx.connection(), template.name());
            if (namesake.isPresent() && !namesake.get().id().equals(template.id())) {
                throw rejected("Template name: there is already a template called “" + namesake.get().name()
                        + "”. Choose another name, or open that one to change it.");
            }
            Optional<MessageTemplate> stored = tx.one(Tables.TEMPLATE.select("WHERE id = ?"),
                    Tables.TEMPLATE.mapper(), template.id());
            MessageTemplate saved = new MessageTemplate(template.id(), template.name(), template.subject(),
                    template.body(), tx.now());
            Details details = Details.of("name", saved.name());
            if (stored.isEmpty()) {
                Tables.TEMPLATE.insert(tx.connection(), saved);
                tx.journal(by, null, EntityType.TEMPLATE, saved.id(), JournalAction.CREATED, details.map());
                return saved;
            }
            MessageTemplate old = stored.get();
            Changes changes = new Changes()
                    .compare("name", old.name(), saved.name())
                    .compare("subject", old.subject(), saved.subject())
                    .compare("body", old.body(), saved.body());
            if (changes.isEmpty()) {
                return old;
            }
            tx.update("UPDATE message_template SET name = ?, subject = ?, body = ?, updated_at = ? WHERE id = ?",
                    saved.name(), saved.subject(), saved.body(), saved.updatedAt(), saved.id());
            if (changes.contains("name")) {
                details.and("previousName", old.name());
            }
            tx.journal(by, null, EntityType.TEMPLATE, saved.id(), JournalAction.UPDATED,
                    details.and("fields", changes.fields()).map());
            return saved;
        });
    }

    /// Deletes the template, journaled; false when there is none with that id (another console may have
    /// deleted it already), and then nothing is written.
    public boolean delete(UUID id, Operator by) {
        return transactions.writeReturning(tx -> {
            Optional<MessageTemplate> stored = tx.one(Tables.TEMPLATE.select("WHERE id = ?"),
                    Tables.TEMPLATE.mapper(), id);
            if (stored.isEmpty()) {
                return false;
            }
            tx.update("DELETE FROM message_template WHERE id = ?", id);
            tx.journal(by, null, EntityType.TEMPLATE, id, JournalAction.DELETED,
                    Details.of("name", stored.get().name()).map());
            return true;
        });
    }

    private static void requireFits(MessageTemplate template) {
        if (template.name().isEmpty()) {
            throw rejected("Template name: give the template a name.");
        }
        requireLength("Template name", template.name(), MessageTemplate.NAME_LENGTH);
        requireLength("Subject", template.subject(), MessageTemplate.SUBJECT_LENGTH);
        requireLength("Body", template.body(), MessageTemplate.BODY_LENGTH);
    }

    private static void requireLength(String field, String text, int limit) {
        if (text.length() > limit) {
            throw rejected(field + ": " + Text.number(text.length()) + " characters, but at most "
                    + Text.number(limit) + " fit.");
        }
    }

    private static Optional<MessageTemplate> byName(Connection connection, String name) throws SQLException {
        return Sql.one(connection, Tables.TEMPLATE.select("WHERE name_key = LOWER(?)"), Tables.TEMPLATE.mapper(),
                name);
    }
}
