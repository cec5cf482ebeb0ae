package dev.sitrep.ui.comms;

import dev.sitrep.domain.Communication;
import dev.sitrep.domain.Text;
import dev.sitrep.ui.comms.CommsFeedViewModel.CallbackState;
import dev.sitrep.ui.comms.CommsFeedViewModel.FeedRow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/// Makes the feed's rows as they read at one moment: times of day against that day ("14:30" today,
/// "23 Nov 14:30" before), callbacks against that instant ("callback overdue 25 min").
final class FeedRows {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT);

    private final ZoneId zone;
    private final Instant now;
    private final LocalDate today;

    FeedRows(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
        this.today = now.atZone(zone).toLocalDate();
    }

    LocalDate today() {
        return today;
    }

    /// A communication's row, its customer named from `customerNames`.
    FeedRow row(Communication communication, Map<UUID, String> customerNames) {
        String customer = communication.customerId() == null ? ""
                : customerNames.getOrDefault(communication.customerId(), "");
        CallbackState state = callbackState(communication);
        String search = String.join(" ", kindWord(communication), customer, communication.contact(),
                communication.channel(), communication.summary(), communication.loggedBy()).toLowerCase(Locale.ROOT);
        return new FeedRow(communication, time(communication.at()), customer, firstLine(communication.summary()),
                state, callbackText(communication, state), search);
    }

    /// The same row as it reads at this moment; its search text does not depend on time and is kept.
    FeedRow again(FeedRow row) {
        Communication communication = row.communication();
        CallbackState state = callbackState(communication);
        return new FeedRow(communication, time(communication.at()), row.customer(), row.firstLine(), state,
                callbackText(communication, state), row.searchText());
    }

    /// "Inbound call", "Status update".
    static String kindWord(Communication communication) {
        String label = communication.kind().label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private CallbackState callbackState(Communication communication) {
        if (communication.callbackDoneAt() != null) {
            return CallbackState.DONE;
        }
        if (communication.callbackDue() == null) {
            return CallbackState.NONE;
        }
        if (communication.callbackDue().isBefore(now)) {
            return CallbackState.OVERDUE;
        }
        return Duration.between(now, communication.callbackDue()).compareTo(CommsFeedViewModel.DUE_SOON) <= 0
                ? CallbackState.DUE_SOON : CallbackState.DUE;
    }

    private String callbackText(Communication communication, CallbackState state) {
        return switch (state) {
            case NONE -> "";
            case DONE -> "called back " + time(communication.callbackDoneAt());
            case OVERDUE -> "callback overdue " + length(Duration.between(communication.callbackDue(), now), false);
            case DUE_SOON -> "callback due " + time(communication.callbackDue()) + " · in "
                    + length(Duration.between(now, communication.callbackDue()), true);
            case DUE -> "callback due " + time(communication.callbackDue());
        };
    }

    private String time(Instant moment) {
        var at = moment.atZone(zone);
        return (at.toLocalDate().equals(today) ? CLOCK : DAY_AND_CLOCK).format(at);
    }

    /// "25 min", "1 h 40 min", "3 h", "2 d 4 h"; at least a minute, rounded up when counting down to a time
    /// so that "in 1 min" lasts until it is due.
    static String length(Duration length, boolean roundUp) {
        long minutes = Math.max(1, roundUp ? (length.toSeconds() + 59) / 60 : length.toMinutes());
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        long hours = minutes / 60;
        return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }

    /// The summary's first line, marked "…" when more lines follow.
    static String firstLine(String summary) {
        String text = Text.orEmpty(summary);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip() + " …";
    }
}
