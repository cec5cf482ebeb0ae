package dev.sitrep.ui.timeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/// A clock a test moves by hand, so journal entries get the times the test wants.
final class SteppingClock extends Clock {

    private Instant now;

    SteppingClock(Instant start) {
        now = start;
    }

    void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the tests work in UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
