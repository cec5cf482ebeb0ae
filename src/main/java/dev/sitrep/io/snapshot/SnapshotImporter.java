package dev.sitrep.io.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.sitrep.domain.Operator;
import dev.sitrep.io.snapshot.SnapshotRows.Mapping;
import dev.sitrep.io.snapshot.SnapshotRows.Row;
import dev.sitrep.store.SnapshotLoadResult;
import dev.sitrep.store.SnapshotMode;
import dev.sitrep.store.SnapshotSection;
import dev.sitrep.store.SnapshotSink;
import dev.sitrep.store.Store;
import dev.sitrep.store.StoreException;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;

/// Reads a snapshot file into the database, all or nothing.
///
/// The file is read once, as a stream: each row is parsed, checked and handed to the store's writer
/// while the next is read, inside one transaction. Any problem (malformed JSON, a value outside its
/// words, a duplicate, a reference to nothing, a file cut short) stops the import, the transaction is
/// rolled back, and the [SnapshotException] says where: line, column and JSON pointer.
public final class SnapshotImporter {

    /// Rows between two progress reports (and checks for cancellation).
    private static final int REPORT_EVERY = 1_000;

    private final Store store;
    private final ObjectMapper mapper = SnapshotFormat.mapper();

    public SnapshotImporter(Store store) {
        this.store = store;
    }

    /// Imports `file`; `by` is the operator the journal names for what the import changes.
    ///
    /// @throws SnapshotException     when the file cannot be read or is not a snapshot this build accepts
    /// @throws CancellationException when `progress` asked to stop; nothing was written
    public ImportSummary importFile(Path file, SnapshotMode mode, Operator by, Progress progress) {
        long started = System.nanoTime();
        try (CountingStream in = new CountingStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
             JsonParser parser = mapper.createParser(in)) {
            Reading reading = new Reading(file, parser, in, Files.size(file), progress);
            int version = reading.header();
            SnapshotLoadResult result = store.snapshots().load(mode, by, file.getFileName().toString(),
                    SnapshotFormat.sectionsOf(version), reading::sections);
            progress.worked(in.count, in.count);
            return new ImportSummary(file, mode, result, Duration.ofNanos(System.nanoTime() - started));
        } catch (NoSuchFileException e) {
            throw new SnapshotException(file, 0, 0, "", "there is no such file.", e);
        } catch (IOException e) {
            throw new SnapshotException(file, 0, 0, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /// One pass over one file.
    private final class Reading {

        private final Path file;
        private final JsonParser parser;
        private final CountingStream in;
        private final long size;
        private final Progress progress;
        /// The top-level field the header stopped at: the first section, or `null` at the end.
        private String firstSection;

        Reading(Path file, JsonParser parser, CountingStream in, long size, Progress progress) {
            this.file = file;
            this.parser = parser;
            this.in = in;
            this.size = size;
            this.progress = progress;
        }

        /// The file's `version`, once [#header] has read it.
        private int version;

        /// Reads and checks `format`, `version`, `exportedAt` and `scope`, up to the first section; returns
        /// the version.
        int header() {
            JsonToken first = next("");
            if (first == null) {
                throw fail(here(), "", "the file is empty.");
            }
            if (first != JsonToken.START_OBJECT) {
                throw fail(here(), "", "a snapshot is a JSON object, but the file starts with " + describe(first)
                        + ".");
            }
            String format = null;
            Integer version = null;
            for (JsonToken token = next(""); token == JsonToken.FIELD_NAME; token = next("")) {
                String field = currentName();
                if (SnapshotSection.named(field).isPresent()) {
                    firstSection = field;
                    break;
                }
                JsonLocation at = here();
                next("/" + field);
                switch (field) {
                    case "format" -> format = text(field, at);
                    case "version" -> version = version(at);
                    case "exportedAt" -> exportedAt(at);
                    case "scope" -> scope(at);
                    default -> throw fail(at, "/" + field, "\"" + field + "\" is not a field of a snapshot.");
                }
            }
            if (format == null || version == null) {
                throw fail(here(), "", "\"format\" and \"version\" must come first: this is not a Sitrep snapshot.");
            }
            this.version = version;
            return version;
        }

        private String text(String field, JsonLocation at) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw fail(at, "/" + field, "must be text.");
            }
            String value = currentText();
            if (field.equals("format") && !value.equals(SnapshotFormat.FORMAT)) {
                throw fail(at, "/format", "the file's format is \"" + value + "\"; Sitrep reads \""
                        + SnapshotFormat.FORMAT + "\" files.");
            }
            return value;
        }

        private int version(JsonLocation at) {
            if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw fail(at, "/version", "must be a whole number.");
            }
            long version = parseLong();
            if (version > SnapshotFormat.VERSION) {
                throw fail(at, "/version", "the snapshot is version " + version + ", newer than this Sitrep reads "
                        + "(up to " + SnapshotFormat.VERSION + "). Open it with a newer Sitrep.");
            }
            if (version < 1) {
                throw fail(at, "/version", version + " is not a snapshot version.");
            }
            return (int) version;
        }

        private void exportedAt(JsonLocation at) {
            try {
                Instant.parse(text("exportedAt", at));
            } catch (DateTimeParseException e) {
                throw fail(at, "/exportedAt", "\"" + currentText() + "\" is not a time such as 2026-11-23T20:15:00Z.");
            }
        }

        private void scope(JsonLocation at) {
            try {
                Map<?, ?> scope = mapper.readValue(parser, Map.class);
                Object incident = scope == null ? null : scope.get("incident");
                if (scope == null || scope.size() != (incident == null ? 0 : 1) || incident != null
                        && !(incident instanceof String)) {
                    throw fail(at, "/scope", "must be an object holding at most \"incident\", a code.");
                }
            } catch (IOException e) {
                throw translate(e, "/scope");
            }
        }

        /// Streams every section into `sink`; the body of the store's write transaction.
        void sections(SnapshotSink sink) {
            String field = firstSection;
            int previous = -1;
            while (field != null) {
                SnapshotSection<?> section = SnapshotSection.named(field).orElseThrow(() ->
                        fail(here(), "/" + currentName(), "\"" + currentName() + "\" is not a field of a snapshot; "
                                + "its sections are " + sectionNames() + "."));
                if (SnapshotFormat.since(section) > version) {
                    throw fail(here(), "/" + field, "\"" + field + "\" came with snapshot version "
                            + SnapshotFormat.since(section) + ", but the file says it is version " + version + ".");
                }
                int index = SnapshotSection.ALL.indexOf(section);
                if (index < previous) {
                    throw fail(here(), "/" + field, "\"" + field + "\" must come before \""
                            + SnapshotSection.ALL.get(previous).name() + "\": a snapshot lists its sections in the "
                            + "order " + sectionNames() + ".");
                }
                previous = index;
                readSection(section, sink);
                JsonToken token = next("");
                if (token == JsonToken.END_OBJECT) {
                    break;
                }
                field = token == JsonToken.FIELD_NAME ? currentName() : null;
            }
            if (next("") != null) {
                throw fail(here(), "", "there is more after the end of the snapshot.");
            }
        }

        private <T> void readSection(SnapshotSection<T> section, SnapshotSink sink) {
            String pointer = "/" + section.name();
            JsonLocation start = here();
            if (next(pointer) != JsonToken.START_ARRAY) {
                throw fail(start, pointer, "must be an array of rows.");
            }
            Mapping<T, ?> mapping = SnapshotRows.of(section);
            ObjectReader reader = mapper.readerFor(mapping.rowType());
            long index = 0;
            for (JsonToken token = next(pointer); token != JsonToken.END_ARRAY; token = next(pointer)) {
                String rowPointer = pointer + "/" + index;
                JsonLocation at = here();
                if (token != JsonToken.START_OBJECT) {
                    throw fail(at, rowPointer, "each row is an object, not " + describe(token) + ".");
                }
                if (index == SnapshotFormat.MAX_ROWS) {
                    throw fail(at, rowPointer, "more than " + SnapshotFormat.MAX_ROWS + " rows in one section.");
                }
                T row = toDomain(read(reader, rowPointer), at, rowPointer);
                try {
                    sink.add(section, row);
                } catch (StoreException e) {
                    if (e.reason() != StoreException.Reason.REJECTED) {
                        throw e;
                    }
                    throw fail(at, rowPointer, e.getMessage());
                }
                if (++index % REPORT_EVERY == 0) {
                    report();
                }
            }
        }

        private <T> Row<T> read(ObjectReader reader, String pointer) {
            try {
                return reader.readValue(parser);
            } catch (IOException e) {
                throw translate(e, pointer);
            }
        }

        private <T> T toDomain(Row<T> row, JsonLocation at, String pointer) {
            try {
                return row.toDomain();
            } catch (RowCheck.Problem problem) {
                throw fail(at, pointer + "/" + problem.field(), problem.getMessage());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw fail(at, pointer, e.getMessage());
            }
        }

        private void report() {
            progress.worked(in.count, size);
            if (progress.isCancelled()) {
                throw new CancellationException("Import cancelled");
            }
        }

        // Parsing, with every problem turned into a SnapshotException

        private JsonToken next(String pointer) {
            try {
                return parser.nextToken();
            } catch (IOException e) {
                throw translate(e, pointer);
            }
        }

        private String currentName() {
            try {
                return parser.currentName();
            } catch (IOException e) {
                throw translate(e, "");
            }
        }

        private String currentText() {
            try {
                return parser.getText();
            } catch (IOException e) {
                throw translate(e, "");
            }
        }

        private long parseLong() {
            try {
                return parser.getLongValue();
            } catch (IOException e) {
                throw translate(e, "/version");
            }
        }

        private JsonLocation here() {
            return parser.currentTokenLocation();
        }

        private SnapshotException fail(JsonLocation at, String pointer, String problem) {
            return new SnapshotException(file, at.getLineNr(), at.getColumnNr(), pointer, problem, null);
        }

        private SnapshotException translate(IOException e, String pointer) {
            JsonLocation at = e instanceof JsonProcessingException processing && processing.getLocation() != null
                    ? processing.getLocation() : here();
            String where = pointer + (e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "");
            return new SnapshotException(file, at.getLineNr(), at.getColumnNr(), where, problem(rootOf(e)), e);
        }

        /// The parser's own exception when data binding wrapped it: a file cut short inside a row, say.
        private static IOException rootOf(IOException e) {
            return e instanceof JsonMappingException && e.getCause() instanceof JsonProcessingException cause
                    ? cause : e;
        }

        private static String path(List<JsonMappingException.Reference> path) {
            StringBuilder pointer = new StringBuilder();
            for (JsonMappingException.Reference step : path) {
                pointer.append('/').append(step.getFieldName() != null ? step.getFieldName() : step.getIndex());
            }
            return pointer.toString();
        }

        private static String problem(IOException e) {
            return switch (e) {
                case JsonEOFException _ -> "the file ends in the middle of the snapshot: it was cut short.";
                case StreamConstraintsException limit ->
                        "goes beyond what a snapshot may hold: " + firstSentence(limit.getOriginalMessage());
                case UnrecognizedPropertyException unknown ->
                        "\"" + unknown.getPropertyName() + "\" is not a field of this row.";
                case InvalidFormatException invalid ->
                        "\"" + invalid.getValue() + "\" is not " + kindOf(invalid.getTargetType()) + ".";
                case MismatchedInputException mismatched ->
                        "must be " + kindOf(mismatched.getTargetType()) + ".";
                case JsonProcessingException processing ->
                        "is not valid JSON: " + firstSentence(processing.getOriginalMessage());
                default -> "cannot be read: " + e.getMessage();
            };
        }

        private static String kindOf(Class<?> type) {
            if (type == null) {
                return "a value of another kind";
            }
            if (type == UUID.class) {
                return "an id (a UUID such as 4f1c2b9e-8d0a-4c47-9a55-0c8b6f3e2d11)";
            }
            if (type == Instant.class) {
                return "a time with its offset, such as 2026-11-23T20:15:00Z";
            }
            if (type == Integer.class || type == int.class) {
                return "a whole number";
            }
            if (type == String.class) {
                return "text";
            }
            if (List.class.isAssignableFrom(type)) {
                return "an array";
            }
            return "an object";
        }

        private static String firstSentence(String message) {
            String line = message == null ? "" : message.lines().findFirst().orElse("");
            return line.replaceAll(",? ?from `StreamReadConstraints[^`]*`", "").strip();
        }

        private static String describe(JsonToken token) {
            return switch (token) {
                case START_ARRAY -> "an array";
                case START_OBJECT -> "an object";
                case VALUE_STRING -> "text";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "true or false";
                case VALUE_NULL -> "null";
                default -> token.asString() == null ? token.name() : token.asString();
            };
        }

        private static String sectionNames() {
            return String.join(", ", SnapshotSection.ALL.stream().map(SnapshotSection::name).toList());
        }
    }

    /// Counts the bytes read, for progress through a file of known size.
    private static final class CountingStream extends FilterInputStream {

        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
