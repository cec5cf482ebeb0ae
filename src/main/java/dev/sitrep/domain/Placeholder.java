package dev.sitrep.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/// The `{placeholders}` a status-update template may hold, each filled from the live incident for one
/// customer (see [StatusFacts]).
public enum Placeholder {
    CUSTOMER("the customer's name"),
    CONTACT("the customer's primary contact; the customer's name when none is on file"),
    INCIDENT("the incident's code, such as INC-2026-0001"),
    TITLE("the incident's title"),
    SEVERITY("the incident's severity, SEV1 to SEV4"),
    PHASE("the incident's phase: identified, responding, recovering, monitoring or resolved"),
    SITES_AFFECTED("how many of the customer's sites the incident affects"),
    DEVICES_AFFECTED("how many of the customer's devices the incident affects"),
    DEVICES_RESTORED("how many of those are restored or verified"),
    NEXT_UPDATE("when the next update is due if this one goes now, by the incident's cadence, in this "
            + "console's time zone"),
    OPEN_ETAS("a list of the customer's open tasks with their ETAs and the promises still to keep, soonest first"),
    DOWNTIME("a list of the planned downtime windows of the customer's open tasks"),
    SENDER("the name of the operator signed in at this console");

    private final String meaning;

    Placeholder(String meaning) {
        this.meaning = meaning;
    }

    /// The word between the braces: `next_update`.
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /// The placeholder as a template writes it: `{next_update}`.
    public String token() {
        return "{" + word() + "}";
    }

    /// What it is filled with, for the template editor's list.
    public String meaning() {
        return meaning;
    }

    /// The placeholder whose word is `word`, ignoring case: a template may write `{Customer}`.
    public static Optional<Placeholder> named(String word) {
        String wanted = word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(placeholder -> placeholder.word().equals(wanted)).findFirst();
    }

    /// Every token, for messages: "{customer}, {contact}, …".
    public static String tokens() {
        return Arrays.stream(values()).map(Placeholder::token).collect(Collectors.joining(", "));
    }
}
