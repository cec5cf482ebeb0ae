package dev.sitrep.io.demo;

import dev.sitrep.domain.Incident;
import dev.sitrep.store.BulkBatch;
import dev.sitrep.store.Store;

import java.time.Instant;

/// Generates and loads the demo incidents. The same scenario, scale, seed and `now` give the same data.
public final class DemoData {

    public static final long DEFAULT_SEED = 42;

    private DemoData() {
    }

    /// Builds a scenario's data set in memory; `scale` multiplies devices, tasks and communications.
    public static BulkBatch generate(DemoScenario scenario, int scale, long seed, Instant now) {
        throw new UnsupportedOperationException("demo: generate");
    }

    /// Generates a scenario and writes it to `store` in one transaction; returns its incident.
    public static Incident load(Store store, DemoScenario scenario, int scale, long seed) {
        throw new UnsupportedOperationException("demo: load");
    }
}
