package dev.sitrep.store;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentDraft;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Phase;
import dev.sitrep.domain.PhaseRules;
import dev.sitrep.domain.Text;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.sitrep.store.StoreException.rejected;

/// Incidents and their phases.
public final class IncidentRepository {

    private static final String CODE_PREFIX = "INC-";
    private static final Pattern CODE = Pattern.compile("INC-\\d{4}-(\\d{1,9})");

    private final Transactions transactions;

    IncidentRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    /// All incidents, open ones first, newest first.
    public List<Incident> all() {
        return transactions.read(c -> Sql.list(c, Tables.INCIDENT.select(
                "ORDER BY CASE WHEN phase = 'resolved' THEN 1 ELSE 0 END, declared_at DESC, code DESC"),
                Tables.INCIDENT.mapper()));
    }

    public Optional<Incident> find(UUID id) {
        return transactions.read(c -> Lookups.incident(c, id));
    }

    public Optional<Incident> findByCode(String code) {
        return transactions.read(c -> Sql.one(c, Tables.INCIDENT.select("WHERE code = ?"),
                Tables.INCIDENT.mapper(), Text.orEmpty(code)));
    }

    /// Declares a new incident from a valid draft: phase identified, declared now, code `INC-<year>-<NNNN>`
    /// (the next free number of the year in the store clock's zone). Rejects an invalid draft with all of
    /// the draft's problems.
    public Incident declare(IncidentDraft draft, Operator by) {
        requireValid(draft);
        return transactions.writeReturning(tx -> {
            Lookups.staffNameOrEmpty(tx.connection(), draft.commanderId(), "Commander");
            int year = LocalDate.ofInstant(tx.now(), transactions.clock().getZone()).getYear();
            String code = nextCode(tx, year);
            Incident incident = new Incident(UUID.randomUUID(), code, draft.title(), draft.kind(),
                    draft.severity(), Phase.IDENTIFIED, tx.now(), null, draft.commanderId(), draft.summary(),
                    draft.updateCadence());
            Tables.INCIDENT.insert(tx.connection(), incident);
            tx.journal(by, incident.id(), EntityType.INCIDENT, incident.id(), JournalAction.DECLARED,
                    Details.of("name", code).and("title", incident.title()).and("kind", incident.kind())
                            .and("severity", incident.severity()).and("phase", incident.phase()).map());
            return incident;
        });
    }

    /// Changes title, kind, severity, commander, summary and cadence; the journal records what changed.
    /// An unchanged draft writes nothing.
    public Incident edit(UUID id, IncidentDraft draft, Operator by) {
        requireValid(draft);
        return transactions.writeReturning(tx -> {
            Incident old = Lookups.requireIncident(tx.connection(), id);
            Lookups.staffNameOrEmpty(tx.connection(), draft.commanderId(), "Commander");
            Incident edited = new Incident(old.id(), old.code(), draft.title(), draft.kind(), draft.severity(),
                    old.phase(), old.declaredAt(), old.resolvedAt(), draft.commanderId(), draft.summary(),
                    draft.updateCadence());
            Changes changes = new Changes()
                    .compare("title", old.title(), edited.title())
                    .compare("kind", old.kind(), edited.kind())
                    .compare("severity", old.severity(), edited.severity())
                    .compare("commander", old.commanderId(), edited.commanderId())
                    .compare("summary", old.summary(), edited.summary())
                    .compare("updateCadence", old.updateCadence().toMinutes(), edited.updateCadence().toMinutes());
            if (changes.isEmpty()) {
                return old;
            }
            tx.update("UPDATE incident SET title = ?, kind = ?, severity = ?, commander_id = ?, summary = ?, "
                            + "update_cadence_minutes = ? WHERE id = ?",
                    edited.title(), edited.kind(), edited.severity(), edited.commanderId(), edited.summary(),
                    edited.updateCadence().toMinutes(), id);
            tx.journal(by, id, EntityType.INCIDENT, id, JournalAction.UPDATED,
                    Details.of("name", old.code()).and("fields", changes.fields()).map());
            return edited;
        });
    }

    /// Moves an open incident to another phase by the domain's phase rules. Moving to resolved records the
    /// time and journals `RESOLVED`; any other move journals `PHASE_CHANGED`.
    public Incident changePhase(UUID id, Phase to, Operator by) {
        if (to == null) {
            throw rejected("Phase: choose the phase to move to.");
        }
        return transactions.writeReturning(tx -> {
            Incident old = Lookups.requireIncident(tx.connection(), id);
            checkPhaseRule(() -> PhaseRules.checkMove(old.phase(), to));
            Instant resolvedAt = to.isResolved() ? tx.now() : null;
            Incident moved = old.withPhase(to, resolvedAt);
            tx.update("UPDATE incident SET phase = ?, resolved_at = ? WHERE id = ?", to, resolvedAt, id);
            tx.journal(by, id, EntityType.INCIDENT, id,
                    to.isResolved() ? JournalAction.RESOLVED : JournalAction.PHASE_CHANGED,
                    Details.of("name", old.code()).and("from", old.phase()).and("to", to).map());
            return moved;
        });
    }

    /// Reopens a resolved incident into `to` (not resolved), clearing its resolved time; the reason, which
    /// must be given, is journaled.
    public Incident reopen(UUID id, Phase to, String reason, Operator by) {
        if (to == null) {
            throw rejected("Phase: choose the phase to reopen into.");
        }
        if (Text.isBlank(reason)) {
            throw rejected("Reason: say why the incident is reopened.");
        }
        return transactions.writeReturning(tx -> {
            Incident old = Lookups.requireIncident(tx.connection(), id);
            checkPhaseRule(() -> PhaseRules.checkReopen(old.phase(), to));
            Incident reopened = old.withPhase(to, null);
            tx.update("UPDATE incident SET phase = ?, resolved_at = NULL WHERE id = ?", to, id);
            tx.journal(by, id, EntityType.INCIDENT, id, JournalAction.REOPENED,
                    Details.of("name", old.code()).and("from", old.phase()).and("to", to)
                            .and("reason", Text.orEmpty(reason)).map());
            return reopened;
        });
    }

    private static void requireValid(IncidentDraft draft) {
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw rejected(String.join(" ", problems));
        }
    }

    private static void checkPhaseRule(Runnable rule) {
        try {
            rule.run();
        } catch (IllegalArgumentException e) {
            throw rejected(e.getMessage());
        }
    }

    /// The next free code of `year`: one more than the highest number used that year.
    private static String nextCode(WriteTx tx, int year) throws SQLException {
        String prefix = CODE_PREFIX + year + "-";
        int highest = tx.list("SELECT code FROM incident WHERE code LIKE ?", row -> row.getString(1), prefix + "%")
                .stream()
                .map(CODE::matcher)
                .filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1)))
                .max()
                .orElse(0);
        return prefix + String.format("%04d", highest + 1);
    }
}
