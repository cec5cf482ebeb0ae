package dev.sitrep.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/// What a commander fills in to declare or edit an incident, before it is checked.
public record IncidentDraft(String title, IncidentKind kind, Severity severity, UUID commanderId, String summary,
                            Duration updateCadence) {

    public static final Duration SHORTEST_CADENCE = Duration.ofMinutes(15);
    public static final Duration LONGEST_CADENCE = Duration.ofHours(24);
    public static final int LONGEST_TITLE = 200;

    /// Every problem with this draft, as sentences naming the field; empty when it can be saved.
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (Text.isBlank(title)) {
            problems.add("Title: give the incident a short title.");
        } else if (title.strip().length() > LONGEST_TITLE) {
            problems.add("Title: at most " + LONGEST_TITLE + " characters.");
        }
        if (kind == null) {
            problems.add("Kind: choose what happened.");
        }
        if (severity == null) {
            problems.add("Severity: choose SEV1 to SEV4.");
        }
        if (updateCadence == null) {
            problems.add("Update cadence: say how often customers get a status update.");
        } else if (updateCadence.compareTo(SHORTEST_CADENCE) < 0 || updateCadence.compareTo(LONGEST_CADENCE) > 0) {
            problems.add("Update cadence: between 15 minutes and 24 hours.");
        }
        return problems;
    }

    public boolean isValid() {
        return problems().isEmpty();
    }
}
