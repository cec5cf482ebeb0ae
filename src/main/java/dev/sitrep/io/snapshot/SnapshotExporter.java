package dev.sitrep.io.snapshot;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import dev.sitrep.domain.Incident;
import dev.sitrep.io.snapshot.SnapshotReadAhead.Chunk;
import dev.sitrep.io.snapshot.SnapshotReadAhead.Counts;
import dev.sitrep.io.snapshot.SnapshotReadAhead.End;
import dev.sitrep.io.snapshot.SnapshotReadAhead.Event;
import dev.sitrep.io.snapshot.SnapshotReadAhead.Failed;
import dev.sitrep.io.snapshot.SnapshotReadAhead.SectionStart;
import dev.sitrep.store.Store;
import dev.sitrep.store.StoreException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CancellationException;

/// Writes the database, or one incident with the inventory and staff it refers to, as a snapshot file.
///
/// Rows stream from one consistent read of the database into the file, read on one thread and written on
/// another ([SnapshotReadAhead]), so memory stays flat however large the database. The file appears only when it is complete: it is written beside its place
/// and moved there at the end, so a failed or cancelled export leaves whatever was there before.
public final class SnapshotExporter {

    private final Store store;
    private final Clock clock;
    private final ObjectMapper mapper = SnapshotFormat.mapper();

    public SnapshotExporter(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /// Exports everything, or with an `incidentCode` that incident.
    ///
    /// @throws StoreException             `REJECTED` when no incident has that code
    /// @throws UncheckedIOException       when the file cannot be written
    /// @throws CancellationException      when `progress` asked to stop; no file is left behind
    public ExportSummary export(Path file, String incidentCode, Progress progress) {
        long started = System.nanoTime();
        Incident incident = incidentCode == null ? null : store.incidents().findByCode(incidentCode)
                .orElseThrow(() -> new StoreException(StoreException.Reason.REJECTED,
                        "There is no incident " + incidentCode + " in " + store.location().display() + "."));
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        long rows;
        try {
            try (JsonGenerator json = mapper.getFactory().createGenerator(partial.toFile(), JsonEncoding.UTF8)) {
                json.setPrettyPrinter(SnapshotFormat.rowPerLine());
                rows = write(json, incident, progress);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new ExportSummary(file, Files.size(file), rows, incident == null ? null : incident.code(),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private long write(JsonGenerator json, Incident incident, Progress progress) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", SnapshotFormat.FORMAT);
        json.writeNumberField("version", SnapshotFormat.VERSION);
        json.writeStringField("exportedAt", clock.instant().toString());
        if (incident != null) {
            json.writeObjectFieldStart("scope");
            json.writeStringField("incident", incident.code());
            json.writeEndObject();
        }
        long total = 0;
        long done = 0;
        SequenceWriter array = null;
        try (SnapshotReadAhead rows = new SnapshotReadAhead(store, incident == null ? null : incident.id())) {
            for (Event event = rows.next(); !(event instanceof End); event = rows.next()) {
                switch (event) {
                    case Counts counts -> {
                        total = counts.total();
                        progress.worked(0, total);
                    }
                    case SectionStart start -> {
                        closeSection(array);
                        json.writeFieldName(start.section().name());
                        // One sequence writer per section: the row type's serializer is found once, not per row.
                        array = mapper.writerFor(start.rowType()).writeValuesAsArray(json);
                    }
                    case Chunk chunk -> {
                        for (Object row : chunk.rows()) {
                            array.write(row);
                        }
                        done += chunk.rows().size();
                        progress.worked(done, total);
                        if (progress.isCancelled()) {
                            throw new CancellationException("Export cancelled");
                        }
                    }
                    case Failed failed -> throw failed.failure();
                    case End end -> throw new IllegalStateException("the loop ends at " + end);
                }
            }
            closeSection(array);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Export interrupted");
        }
        json.writeEndObject();
        progress.worked(done, total);
        return done;
    }

    private static void closeSection(SequenceWriter array) throws IOException {
        if (array != null) {
            array.close();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Only a leftover of a failed export; the failure itself is what gets reported.
        }
    }
}
