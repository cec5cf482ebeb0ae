package dev.sitrep.ui.comms;

import dev.sitrep.domain.Text;
import dev.sitrep.domain.TimeEntry;
import dev.sitrep.ui.comms.CallLogViewModel.CallbackPick;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/// When a call back is due for the picked option (and the typed time, for [CallbackPick#CUSTOM]), counted
/// from the moment the call is logged, and what is wrong with a typed time.
final class CallbackTime {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("EEE d MMM HH:mm",
            Locale.ROOT);

    private final CallbackPick pick;
    private final String typed;

    CallbackTime(CallbackPick pick, String typed) {
        this.pick = pick;
        this.typed = Text.orEmpty(typed);
    }

    /// When the call back is due if the call is logged at `now`; empty for none, or a time not understood.
    Optional<Instant> due(Instant now, ZoneId zone) {
        if (pick.after() != null) {
            return Optional.of(now.plus(pick.after()));
        }
        if (pick != CallbackPick.CUSTOM) {
            return Optional.empty();
        }
        try {
            return Optional.of(TimeEntry.parse(typed, now.atZone(zone)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /// What is wrong with the typed time at `now`, naming the field.
    Optional<String> problem(Instant now, ZoneId zone) {
        if (pick != CallbackPick.CUSTOM) {
            return Optional.empty();
        }
        if (typed.isEmpty()) {
            return Optional.of("Callback: write when to call back: " + TimeEntry.TIME_FORMS + ".");
        }
        try {
            Instant due = TimeEntry.parse(typed, now.atZone(zone));
            return due.isAfter(now) ? Optional.empty()
                    : Optional.of("Callback: " + shown(due, now, zone) + " has passed; write a time still to come.");
        } catch (IllegalArgumentException e) {
            return Optional.of("Callback: " + e.getMessage());
        }
    }

    /// "Callback due 14:45", or empty when none is due or the typed time is not understood or has passed.
    String preview(Instant now, ZoneId zone) {
        return due(now, zone).filter(due -> due.isAfter(now)).map(due -> "Callback due " + shown(due, now, zone))
                .orElse("");
    }

    /// "14:45" today, "Tue 24 Nov 09:00" on another day.
    static String shown(Instant moment, Instant now, ZoneId zone) {
        ZonedDateTime at = moment.atZone(zone);
        boolean today = at.toLocalDate().equals(now.atZone(zone).toLocalDate());
        return (today ? CLOCK : DAY_AND_CLOCK).format(at);
    }
}
