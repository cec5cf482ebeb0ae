package dev.sitrep.io.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/// When each device of a demo incident was first recovered, to say how far along recovery was at any moment:
/// the figures status updates and handover notes quote.
final class RecoveryCurve {

    private final List<Instant> recoveries = new ArrayList<>();
    private boolean sorted = true;

    void recoveredAt(Instant at) {
        recoveries.add(at);
        sorted = false;
    }

    /// Devices recovered by `at`, `at` included.
    int recoveredBy(Instant at) {
        if (!sorted) {
            Collections.sort(recoveries);
            sorted = true;
        }
        int index = Collections.binarySearch(recoveries, at.plusNanos(1));
        return index >= 0 ? index : -index - 1;
    }

    int recoveredBetween(Instant from, Instant to) {
        return recoveredBy(to) - recoveredBy(from);
    }
}
