package dev.sitrep.io.snapshot;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.sitrep.domain.Incident;
import dev.sitrep.io.snapshot.SnapshotRows.Mapping;
import dev.sitrep.store.SnapshotSection;
import dev.sitrep.store.SnapshotStore;
import dev.sitrep.store.Store;
import dev.sitrep.store.StoreException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;

/// Writes the database, or one incident with the inventory and staff it refers to, as a snapshot file.
///
/// Rows stream from one consistent read of the database straight into the file, so memory stays flat
/// however large the database. The file appears only when it is complete: it is written beside its place
/// and moved there at the end, so a failed or cancelled export leaves whatever was there before.
public final class SnapshotExporter {

    /// Rows between two progress reports (and checks for cancellation).
    private static final int REPORT_EVERY = 1_000;

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
        SectionWriter writer = new SectionWriter(json, progress);
        try {
            store.snapshots().read(incident == null ? null : incident.id(), writer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        json.writeEndObject();
        progress.worked(writer.done, writer.total);
        return writer.done;
    }

    /// Writes each section as an array of rows while the store reads it.
    private final class SectionWriter implements SnapshotStore.Visitor {

        private final JsonGenerator json;
        private final Progress progress;
        private long total;
        private long done;

        SectionWriter(JsonGenerator json, Progress progress) {
            this.json = json;
            this.progress = progress;
        }

        @Override
        public void counts(Map<SnapshotSection<?>, Long> counts) {
            total = counts.values().stream().mapToLong(Long::longValue).sum();
            progress.worked(0, total);
        }

        @Override
        public <T> void section(SnapshotSection<T> section, SnapshotStore.Rows<T> rows) {
            Mapping<T, ?> mapping = SnapshotRows.of(section);
            ObjectWriter rowWriter = mapper.writerFor(mapping.rowType());
            try {
                json.writeArrayFieldStart(section.name());
                rows.forEach(row -> writeRow(rowWriter, mapping.fromDomain().apply(row)));
                json.writeEndArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void writeRow(ObjectWriter rowWriter, Object row) {
            try {
                rowWriter.writeValue(json, row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (++done % REPORT_EVERY == 0) {
                progress.worked(done, total);
                if (progress.isCancelled()) {
                    throw new CancellationException("Export cancelled");
                }
            }
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
