package dev.sitrep.io.snapshot;

import dev.sitrep.io.snapshot.SnapshotRows.Mapping;
import dev.sitrep.store.SnapshotSection;
import dev.sitrep.store.SnapshotStore;
import dev.sitrep.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/// Reads a snapshot's rows on a thread of its own and hands them over in chunks, already in their file
/// form, so reading the database and writing the file overlap ([Handoff]).
final class SnapshotReadAhead implements AutoCloseable {

    /// What the reader hands over, in order: the counts, then each section's start and rows, then the end.
    sealed interface Event {
    }

    record Counts(long total) implements Event {
    }

    record SectionStart(SnapshotSection<?> section, Class<?> rowType) implements Event {
    }

    record Chunk(List<Object> rows) implements Event {
    }

    record End() implements Event {
    }

    record Failed(RuntimeException failure) implements Event {
    }

    private static final int CHUNK = 1_000;

    private final Handoff<Event> handoff = new Handoff<>(16);
    private final Thread reader;

    /// Starts reading everything, or with an `incidentId` that incident.
    SnapshotReadAhead(Store store, UUID incidentId) {
        reader = Thread.ofPlatform().name("sitrep-snapshot-reader").daemon(true).start(() -> {
            try {
                store.snapshots().read(incidentId, new Reader());
                handoff.put(new End());
            } catch (Handoff.Stopped ignored) {
                // The writer gave up (cancelled or failed) and no longer takes events.
            } catch (RuntimeException e) {
                handoff.putUnlessStopped(new Failed(e));
            }
        });
    }

    /// The next event, waiting for the reader when it has none ready.
    Event next() throws InterruptedException {
        return handoff.take();
    }

    /// Stops the reader if it still runs, and waits for it to let go of the database.
    @Override
    public void close() throws InterruptedException {
        handoff.stop();
        reader.join();
    }

    private final class Reader implements SnapshotStore.Visitor {

        @Override
        public void counts(Map<SnapshotSection<?>, Long> counts) {
            handoff.put(new Counts(counts.values().stream().mapToLong(Long::longValue).sum()));
        }

        @Override
        public <T> void section(SnapshotSection<T> section, SnapshotStore.Rows<T> rows) {
            Mapping<T, ?> mapping = SnapshotRows.of(section);
            handoff.put(new SectionStart(section, mapping.rowType()));
            List<Object> chunk = new ArrayList<>(CHUNK);
            rows.forEach(row -> {
                chunk.add(mapping.fromDomain().apply(row));
                if (chunk.size() == CHUNK) {
                    handoff.put(new Chunk(List.copyOf(chunk)));
                    chunk.clear();
                }
            });
            if (!chunk.isEmpty()) {
                handoff.put(new Chunk(List.copyOf(chunk)));
            }
        }
    }
}
