package dev.sitrep.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/// A clock a test moves by hand, so journal entries get the times the test wants.
public final class SteppingClock extends Clock {

    private Instant now;

    public SteppingClock(Instant start) {
        now = start;
    }

    public void advance(Duration by) {
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
