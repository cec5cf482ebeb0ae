package dev.sitrep.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/// How long each person has been on shift in the 24 hours before a moment, from the shifts' stints: who
/// needs rest. Overlapping stints of one person count once.
public final class ShiftHours {

    /// How worried to be about someone's hours.
    public enum Level {
        /// Under 10 hours in the last 24.
        FINE,
        /// 10 hours or more: plan the handover.
        LONG,
        /// 12 hours or more: send them to rest.
        TOO_LONG
    }

    static final Duration LONG = Duration.ofHours(10);
    static final Duration TOO_LONG = Duration.ofHours(12);
    private static final Duration DAY = Duration.ofHours(24);

    private ShiftHours() {
    }

    /// Time on shift per staff member in the 24 hours up to `now`; a stint still running counts until
    /// `now`.
    public static Map<UUID, Duration> lastDay(Collection<Shift> shifts, Instant now) {
        Instant from = now.minus(DAY);
        Map<UUID, List<TimeWindow>> stints = new HashMap<>();
        for (Shift shift : shifts) {
            for (Shift.Member member : shift.members()) {
                Instant start = member.joinedAt().isBefore(from) ? from : member.joinedAt();
                Instant end = member.leftAt() == null || member.leftAt().isAfter(now) ? now : member.leftAt();
                if (end.isAfter(start)) {
                    stints.computeIfAbsent(member.staffId(), _ -> new ArrayList<>())
                            .add(new TimeWindow(start, end));
                }
            }
        }
        Map<UUID, Duration> hours = new HashMap<>();
        stints.forEach((staff, windows) -> hours.put(staff, covered(windows)));
        return hours;
    }

    public static Level level(Duration onShift) {
        return onShift.compareTo(TOO_LONG) >= 0 ? Level.TOO_LONG
                : onShift.compareTo(LONG) >= 0 ? Level.LONG : Level.FINE;
    }

    /// The time the windows cover together, overlaps counted once.
    private static Duration covered(List<TimeWindow> windows) {
        List<TimeWindow> sorted = windows.stream()
                .sorted(Comparator.comparing(TimeWindow::start)).toList();
        Duration total = Duration.ZERO;
        Instant reached = null;
        for (TimeWindow window : sorted) {
            Instant start = reached != null && reached.isAfter(window.start()) ? reached : window.start();
            if (window.end().isAfter(start)) {
                total = total.plus(Duration.between(start, window.end()));
                reached = window.end();
            }
        }
        return total;
    }
}
