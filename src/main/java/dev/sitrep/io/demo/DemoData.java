package dev.sitrep.io.demo;

import dev.sitrep.domain.Incident;
import dev.sitrep.store.BulkBatch;
import dev.sitrep.store.Store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/// Generates and loads the demo incidents. The same scenario, scale, seed and `now` give the same data.
public final class DemoData {

    public static final long DEFAULT_SEED = 42;
    /// The largest `scale` accepted: ten times the ransomware case is what the benchmarks use.
    public static final int LARGEST_SCALE = 100;

    private DemoData() {
    }

    /// Builds a scenario's data set in memory; `scale` multiplies devices, tasks and communications.
    ///
    /// @param now the moment the incident has reached: every recorded time is at or before it
    /// @throws IllegalArgumentException when `scale` is below 1 or above [#LARGEST_SCALE]
    public static BulkBatch generate(DemoScenario scenario, int scale, long seed, Instant now) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(now, "now");
        requireScale(scale);
        DemoRandom random = new DemoRandom(mix(scenario, scale, seed));
        Instant moment = now.truncatedTo(ChronoUnit.SECONDS);
        return switch (scenario) {
            case ZERO_DAY -> new ZeroDayScenario(random, scale, moment).generate();
            case RANSOMWARE -> new RansomwareScenario(random, scale, moment).generate();
        };
    }

    /// Generates a scenario and writes it to `store` in one transaction; returns its incident.
    ///
    /// Customers, sites, devices and staff already in the store under the same names are used as they are,
    /// so a demo can join an existing inventory; the incident gets the next free code of its year.
    ///
    /// @throws IllegalArgumentException when `scale` is out of range
    /// @throws IllegalStateException    when this very demo (scenario, scale and seed) is loaded already
    public static Incident load(Store store, DemoScenario scenario, int scale, long seed) {
        BulkBatch batch = generate(scenario, scale, seed, store.clock().instant());
        BulkBatch fitted = StoredInventory.of(store).fit(batch, scenario, scale, seed);
        store.bulk().insert(fitted);
        return fitted.incidents().getFirst();
    }

    private static void requireScale(int scale) {
        if (scale < 1 || scale > LARGEST_SCALE) {
            throw new IllegalArgumentException("Scale: must be a whole number from 1 to " + LARGEST_SCALE
                    + " (1 is the normal size, 2 doubles devices, tasks and communications), not " + scale + ".");
        }
    }

    /// One seed per scenario and scale, so two demos loaded with the same `--seed` never share an id.
    private static long mix(DemoScenario scenario, int scale, long seed) {
        long mixed = seed * 0x9E37_79B9_7F4A_7C15L + scenario.ordinal() * 0xC2B2_AE3D_27D4_EB4FL + scale;
        return mixed ^ (mixed >>> 31);
    }
}
