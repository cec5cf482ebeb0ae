package dev.sitrep.store;

import dev.sitrep.domain.Incident;
import dev.sitrep.domain.IncidentDraft;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Phase;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/// Incidents and their phases.
public final class IncidentRepository {

    /// All incidents, open ones first, newest first.
    public List<Incident> all() {
        throw new UnsupportedOperationException();
    }

    public Optional<Incident> find(UUID id) {
        throw new UnsupportedOperationException();
    }

    public Optional<Incident> findByCode(String code) {
        throw new UnsupportedOperationException();
    }

    /// Declares a new incident from a valid draft: phase identified, declared now, code `INC-<year>-<NNNN>`
    /// (the next free number of the year). Rejects an invalid draft with the draft's problems.
    public Incident declare(IncidentDraft draft, Operator by) {
        throw new UnsupportedOperationException();
    }

    /// Changes title, kind, severity, commander, summary and cadence; the journal records what changed.
    public Incident edit(UUID id, IncidentDraft draft, Operator by) {
        throw new UnsupportedOperationException();
    }

    /// Moves an open incident to another phase by the domain's phase rules. Moving to resolved records the time.
    public Incident changePhase(UUID id, Phase to, Operator by) {
        throw new UnsupportedOperationException();
    }

    /// Reopens a resolved incident into `to` (not resolved), clearing its resolved time; the reason is journaled.
    public Incident reopen(UUID id, Phase to, String reason, Operator by) {
        throw new UnsupportedOperationException();
    }
}
