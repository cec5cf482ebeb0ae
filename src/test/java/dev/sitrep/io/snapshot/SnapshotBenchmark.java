package dev.sitrep.io.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.io.snapshot.SnapshotRows.Mapping;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.SnapshotMode;
import dev.sitrep.store.SnapshotSection;
import dev.sitrep.store.SnapshotStore;
import dev.sitrep.store.Store;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/// Export and import of the ransomware demo at `--scale 10` (about 275,000 rows, most of them journal).
///
/// Prints `BENCH export`, `BENCH export.baseline` (plain Jackson data binding of the same rows, already in
/// memory, to a file), `BENCH import` (into an empty database), `BENCH export.size` and `BENCH export.heap`
/// (the most heap in use during an export, as collections leave it). Times are medians of three runs after one
/// warm-up. Goals: export at most twice the baseline, import under 5 s, heap under 512 MB.
@Tag("bench")
class SnapshotBenchmark extends SnapshotTestSupport {

    private static final int SCALE = 10;
    private static final int RUNS = 3;

    @Test
    void exportAndImportAtTenTimesTheRansomwareCase() throws IOException {
        // Loaded, then opened again: the export reads a settled file, not one H2 is still writing out.
        try (Store loading = Store.open(DatabaseLocation.ofFile(folder.resolve("source")), CLOCK)) {
            DemoData.load(loading, DemoScenario.RANSOMWARE, SCALE, DemoData.DEFAULT_SEED);
        }
        Store source = database("source");
        Path file = folder.resolve("export.json");

        long export = median(() -> timed(() -> new SnapshotExporter(source, CLOCK).export(file, null, Progress.NONE)));
        long heap = peakHeapDuring(() -> new SnapshotExporter(source, CLOCK).export(file, null, Progress.NONE));
        long size = Files.size(file);
        long baseline = baseline(source);
        int[] imports = {0};
        long importTime = median(() -> {
            Store target = database("target-" + imports[0]++);
            return timed(() -> importInto(target, file, SnapshotMode.MERGE));
        });

        System.out.println("BENCH export " + export + " ms");
        System.out.println("BENCH export.baseline " + baseline + " ms");
        System.out.println("BENCH import " + importTime + " ms");
        System.out.printf(Locale.ROOT, "BENCH export.size %.1f MB%n", size / 1e6);
        System.out.println("BENCH export.heap " + heap / 1_000_000 + " MB");
        System.out.printf(Locale.ROOT, "export/baseline %.2f (goal at most 2); import %d ms (goal under 5000); "
                + "heap %d MB (goal under 512)%n", (double) export / baseline, importTime, heap / 1_000_000);
    }

    /// Every row read into memory first, then written by one `writeValue` of plain Jackson data binding.
    private long baseline(Store store) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", SnapshotFormat.FORMAT);
        document.put("version", SnapshotFormat.VERSION);
        document.put("exportedAt", CLOCK.instant().toString());
        store.snapshots().read(null, new SnapshotStore.Visitor() {
            @Override
            public <T> void section(SnapshotSection<T> section, SnapshotStore.Rows<T> rows) {
                Mapping<T, ?> mapping = SnapshotRows.of(section);
                List<Object> inMemory = new ArrayList<>();
                rows.forEach(row -> inMemory.add(mapping.fromDomain().apply(row)));
                document.put(section.name(), inMemory);
            }
        });
        ObjectMapper mapper = SnapshotFormat.mapper();
        Path file = folder.resolve("baseline.json");
        return median(() -> timed(() -> {
            try {
                mapper.writeValue(file.toFile(), document);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    /// The run's median in milliseconds, after one warm-up.
    private static long median(LongSupplier run) {
        run.getAsLong();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            times.add(run.getAsLong());
        }
        times.sort(null);
        return times.get(RUNS / 2);
    }

    /// One run in milliseconds, from a collected heap so that every run starts alike.
    private static long timed(Runnable work) {
        System.gc();
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    /// The most heap in use while `work` runs, as each garbage collection leaves it: what the work holds on
    /// to, not the garbage a young generation of any size collects in between.
    private static long peakHeapDuring(Runnable work) {
        System.gc();
        long[] peak = {usedHeap()};
        NotificationListener listener = (notification, _) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(MemoryUsage::getUsed).sum();
                synchronized (peak) {
                    peak[0] = Math.max(peak[0], used);
                }
            }
        };
        List<NotificationEmitter> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(NotificationEmitter.class::cast).toList();
        collectors.forEach(emitter -> emitter.addNotificationListener(listener, null, null));
        try {
            work.run();
        } finally {
            for (NotificationEmitter emitter : collectors) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (ListenerNotFoundException ignored) {
                    // added above
                }
            }
        }
        synchronized (peak) {
            return Math.max(peak[0], usedHeap());
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
