package dev.sitrep.io.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/// One twelve-hour war-room shift, day (07:00 to 19:00) or night, in the provider's time zone.
///
/// @param end `null` for the shift running now
record ShiftSlot(Instant start, Instant end, boolean day) {

    private static final LocalTime DAY_START = LocalTime.of(7, 0);
    private static final LocalTime NIGHT_START = LocalTime.of(19, 0);

    /// The shifts from `declared` to `now`: the first starts at the declaration, the last is still running.
    static List<ShiftSlot> between(Instant declared, Instant now, ZoneId zone) {
        List<ShiftSlot> slots = new ArrayList<>();
        Instant start = declared;
        while (true) {
            ZonedDateTime local = start.atZone(zone);
            boolean day = !local.toLocalTime().isBefore(DAY_START) && local.toLocalTime().isBefore(NIGHT_START);
            Instant end = nextChange(local, zone);
            if (!end.isBefore(now)) {
                slots.add(new ShiftSlot(start, null, day));
                return slots;
            }
            slots.add(new ShiftSlot(start, end, day));
            start = end;
        }
    }

    private static Instant nextChange(ZonedDateTime local, ZoneId zone) {
        LocalDate date = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (time.isBefore(DAY_START)) {
            return date.atTime(DAY_START).atZone(zone).toInstant();
        }
        if (time.isBefore(NIGHT_START)) {
            return date.atTime(NIGHT_START).atZone(zone).toInstant();
        }
        return date.plusDays(1).atTime(DAY_START).atZone(zone).toInstant();
    }
}
