package dev.sitrep.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/// A span of time, such as a planned downtime window. `end` is after `start`.
public record TimeWindow(Instant start, Instant end) {

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a window must end after it starts");
        }
    }

    public static TimeWindow of(Instant start, Duration length) {
        return new TimeWindow(start, start.plus(length));
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean overlaps(TimeWindow other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
