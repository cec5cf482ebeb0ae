package dev.sitrep.io.csv;

import dev.sitrep.domain.Device;
import dev.sitrep.domain.DeviceKind;
import dev.sitrep.domain.InventoryListing;
import dev.sitrep.domain.WireEnum;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/// Reads an inventory CSV file (see `docs/inventory-example.csv` and the README): UTF-8 with or without a
/// byte-order mark, commas, RFC 4180 quoting, CRLF or LF line ends, a header row naming the columns in any order.
///
/// Reading never stops at the first problem: every problem of the header, and of each row on its own, is
/// reported with the physical line its record starts on, so a quoted value that spans lines does not shift the
/// line numbers of the rows after it. Rows whose values are all blank are skipped, as spreadsheets leave them.
/// Contradictions between rows (a device listed twice) are the [ImportPlanner]'s to find.
public final class InventoryCsvReader {

    /// Larger files are refused unread: a hundred thousand devices take about ten megabytes.
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String KINDS = WireEnum.words(DeviceKind.class);
    private static final String CRITICALITIES = "use 1 (high), 2 or 3 (low)";
    private static final Pattern PARSER_LINE = Pattern.compile("(?:startline |line: )(\\d+)");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(false)
            .get();

    private InventoryCsvReader() {
    }

    /// Reads `file`. Problems with its content are in the result; only a file that cannot be read at all fails.
    ///
    /// @throws IOException with a sentence naming the file when it is missing, unreadable or too large
    public static CsvInventory read(Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IOException(name + " is " + size / (1024 * 1024) + " MB; an inventory file may have at most "
                        + MAX_BYTES / (1024 * 1024) + " MB.");
            }
            return read(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new IOException("There is no file " + file.toAbsolutePath() + ".", e);
        } catch (AccessDeniedException e) {
            throw new IOException("No permission to read " + file.toAbsolutePath() + ".", e);
        }
    }

    /// Reads a file's bytes; `file` names it in problems.
    public static CsvInventory read(String file, byte[] bytes) {
        Decoded decoded = decode(bytes);
        if (decoded.problem() != null) {
            return new CsvInventory(file, List.of(new CsvProblem(file, decoded.line(), null, decoded.problem())),
                    List.of());
        }
        String text = decoded.text();
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        return new Reading(file, text).read();
    }

    // Decoding

    private record Decoded(String text, int line, String problem) {
    }

    /// Strict UTF-8: a byte that is not UTF-8 (a file saved as Windows-1252 or UTF-16) is a problem on its line.
    private static Decoded decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return new Decoded(null, 1, "the file is UTF-16 text; save it as \"CSV UTF-8\" (Excel) or as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return new Decoded(null, line, String.format(Locale.ROOT, "byte 0x%02X is not UTF-8 text; save the "
                    + "file as \"CSV UTF-8\" (Excel) or as UTF-8", bytes[at] & 0xFF));
        }
        out.flip();
        return new Decoded(out.toString(), 0, null);
    }

    // Reading records

    /// One read of one file's text.
    private static final class Reading {

        private final String file;
        private final String text;
        private final LineIndex lines;
        private final List<CsvProblem> fileProblems = new ArrayList<>();
        private final List<CsvRow> rows = new ArrayList<>();
        private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
        private final List<Integer> unnamed = new ArrayList<>();
        private int width;

        Reading(String file, String text) {
            this.file = file;
            this.text = text;
            this.lines = new LineIndex(text);
        }

        CsvInventory read() {
            try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
                Iterator<CSVRecord> records = parser.iterator();
                CSVRecord header = null;
                while (header == null && hasNext(records, parser)) {
                    CSVRecord record = records.next();
                    if (!isBlank(record.toList())) {
                        header = record;
                    }
                }
                if (header == null) {
                    if (fileProblems.isEmpty()) {
                        fileProblems.add(new CsvProblem(file, 1, null, "the file is empty; it needs a header row: "
                                + Column.allHeaders()));
                    }
                    return result();
                }
                if (!readHeader(header)) {
                    return result();
                }
                while (hasNext(records, parser)) {
                    CSVRecord record = records.next();
                    List<String> values = record.toList();
                    if (!isBlank(values)) {
                        rows.add(row(lineOf(record), values));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);  // a StringReader does not fail
            }
            return result();
        }

        private CsvInventory result() {
            return new CsvInventory(file, fileProblems, rows);
        }

        /// Whether another record follows; a record the parser cannot make (a quote never closed) ends the
        /// reading with a problem on the line where the parser gave up.
        private boolean hasNext(Iterator<CSVRecord> records, CSVParser parser) {
            try {
                return records.hasNext();
            } catch (UncheckedIOException e) {
                String message = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
                Matcher at = PARSER_LINE.matcher(message == null ? "" : message);
                int line = at.find() ? Integer.parseInt(at.group(1)) : (int) parser.getCurrentLineNumber() + 1;
                String why = message != null && message.contains("EOF reached before encapsulated token finished")
                        ? "a quoted value starts on this line and its closing quote (\") is missing"
                        : "the file cannot be read from this line on: " + message;
                fileProblems.add(new CsvProblem(file, line, null, why + "; rows after it were not read"));
                return false;
            }
        }

        private int lineOf(CSVRecord record) {
            return lines.lineOf(record.getCharacterPosition());
        }

        // The header

        /// Finds the columns; true when every required one is there, so that the rows can be read.
        private boolean readHeader(CSVRecord header) {
            int line = lineOf(header);
            List<String> cells = header.toList();
            width = cells.size();
            if (cells.size() == 1 && cells.getFirst().contains(";")) {
                fileProblems.add(new CsvProblem(file, line, null, "the header is separated by semicolons; this "
                        + "import reads commas: save the file as \"CSV UTF-8 (comma delimited)\""));
                return false;
            }
            for (int index = 0; index < cells.size(); index++) {
                String name = cells.get(index).strip();
                if (name.isEmpty()) {
                    unnamed.add(index);
                    continue;
                }
                Optional<Column> column = Column.named(name);
                if (column.isEmpty()) {
                    fileProblems.add(new CsvProblem(file, line, null, "\"" + name + "\" (column " + (index + 1)
                            + ") is not an inventory column; the columns are " + Column.allHeaders()));
                } else if (columns.containsKey(column.get())) {
                    fileProblems.add(new CsvProblem(file, line, column.get(), "named twice in the header, as columns "
                            + (columns.get(column.get()) + 1) + " and " + (index + 1)));
                } else {
                    columns.put(column.get(), index);
                }
            }
            List<Column> missing = Column.requiredColumns().stream().filter(c -> !columns.containsKey(c)).toList();
            for (Column column : missing) {
                fileProblems.add(new CsvProblem(file, line, column, "missing from the header row, which must name "
                        + Column.requiredColumns().stream().map(Column::header).collect(Collectors.joining(","))));
            }
            return missing.isEmpty();
        }

        // A row

        private CsvRow row(int line, List<String> raw) {
            List<String> values = raw.stream().map(InventoryCsvReader::clean).toList();
            String customer = cell(values, Column.CUSTOMER);
            String site = cell(values, Column.SITE);
            String hostname = cell(values, Column.HOSTNAME);
            List<CsvProblem> problems = new ArrayList<>();
            boolean extraValues = values.size() > width && !isBlank(values.subList(width, values.size()));
            if (values.size() < width || extraValues) {
                problems.add(new CsvProblem(file, line, null, "has " + values.size() + " values but the header has "
                        + width + " columns" + (extraValues ? "; put quotes around a value that holds a comma" : "")));
                return new CsvRow(line, customer, site, hostname, null, problems);
            }
            for (int index : unnamed) {
                if (!values.get(index).isEmpty()) {
                    problems.add(new CsvProblem(file, line, null, "has a value in column " + (index + 1)
                            + ", which the header does not name"));
                }
            }
            required(problems, line, Column.CUSTOMER, customer);
            required(problems, line, Column.SITE, site);
            required(problems, line, Column.HOSTNAME, hostname);
            DeviceKind kind = kind(problems, line, cell(values, Column.KIND));
            for (Column column : List.of(Column.PRODUCT, Column.VERSION, Column.CITY, Column.NOTES)) {
                fits(problems, line, column, cell(values, column));
            }
            int criticality = criticality(problems, line, cell(values, Column.CRITICALITY));
            ZoneId timeZone = timeZone(problems, line, cell(values, Column.TIMEZONE));
            if (!problems.isEmpty()) {
                return new CsvRow(line, customer, site, hostname, null, problems);
            }
            String notes = columns.containsKey(Column.NOTES) ? cell(values, Column.NOTES) : null;
            InventoryListing listing = new InventoryListing(customer, site, cell(values, Column.CITY), timeZone,
                    hostname, kind, cell(values, Column.PRODUCT), cell(values, Column.VERSION), criticality, notes);
            return new CsvRow(line, customer, site, hostname, listing, List.of());
        }

        /// The value of `column` in a row; empty when the header has no such column or the row is short.
        private String cell(List<String> values, Column column) {
            Integer index = columns.get(column);
            return index == null || index >= values.size() ? "" : values.get(index);
        }

        private void required(List<CsvProblem> problems, int line, Column column, String value) {
            if (value.isEmpty()) {
                problems.add(new CsvProblem(file, line, column, "is empty; every row names its customer, site "
                        + "and hostname"));
            } else {
                fits(problems, line, column, value);
            }
        }

        private void fits(List<CsvProblem> problems, int line, Column column, String value) {
            if (value.length() > column.maxLength()) {
                problems.add(new CsvProblem(file, line, column, "is " + value.length() + " characters long; at most "
                        + column.maxLength() + " fit"));
            }
        }

        private DeviceKind kind(List<CsvProblem> problems, int line, String value) {
            if (value.isEmpty()) {
                problems.add(new CsvProblem(file, line, Column.KIND, "is empty; use one of " + KINDS));
                return null;
            }
            Optional<DeviceKind> kind = WireEnum.parse(DeviceKind.class, value);
            if (kind.isEmpty()) {
                problems.add(new CsvProblem(file, line, Column.KIND, quoted(value) + " is not a device kind; use one of "
                        + KINDS));
            }
            return kind.orElse(null);
        }

        private int criticality(List<CsvProblem> problems, int line, String value) {
            if (value.isEmpty()) {
                problems.add(new CsvProblem(file, line, Column.CRITICALITY, "is empty; " + CRITICALITIES));
                return 0;
            }
            int criticality;
            try {
                criticality = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                problems.add(new CsvProblem(file, line, Column.CRITICALITY, quoted(value) + " is not a whole number; "
                        + CRITICALITIES));
                return 0;
            }
            if (criticality < Device.MOST_CRITICAL || criticality > Device.LEAST_CRITICAL) {
                problems.add(new CsvProblem(file, line, Column.CRITICALITY, criticality + " is outside 1-3 (1 high, "
                        + "3 low)"));
            }
            return criticality;
        }

        private ZoneId timeZone(List<CsvProblem> problems, int line, String value) {
            if (value.isEmpty()) {
                return null;
            }
            Optional<ZoneId> zone = TimeZones.find(value);
            if (zone.isEmpty()) {
                problems.add(new CsvProblem(file, line, Column.TIMEZONE, quoted(value) + " is not a time zone; use a "
                        + "name such as Europe/London, America/New_York or UTC"));
            }
            return zone.orElse(null);
        }
    }

    /// A value as the import uses it: without surrounding blanks, line breaks inside it as `\n` whether the file
    /// has CRLF or LF, so that the same notes read from either are the same.
    private static String clean(String value) {
        return value == null ? "" : value.strip().replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean isBlank(List<String> values) {
        return values.stream().allMatch(value -> value == null || value.isBlank());
    }

    private static String quoted(String value) {
        return "\"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"";
    }

    /// Time zones by name, ignoring case ("europe/london"), or as offsets ("+01:00", "UTC").
    private static final class TimeZones {

        private static final Map<String, String> BY_KEY = ZoneId.getAvailableZoneIds().stream()
                .collect(Collectors.toUnmodifiableMap(id -> id.toLowerCase(Locale.ROOT), id -> id, (a, _) -> a));

        static Optional<ZoneId> find(String name) {
            String known = BY_KEY.get(name.toLowerCase(Locale.ROOT));
            try {
                return Optional.of(ZoneId.of(known != null ? known : name));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
    }

    /// Physical line numbers of character positions: a line ends at LF, CRLF or a lone CR.
    private static final class LineIndex {

        private final int[] starts;

        LineIndex(String text) {
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        /// The line, from 1, holding the character at `position` (from 0).
        int lineOf(long position) {
            int at = Arrays.binarySearch(starts, (int) position);
            return at >= 0 ? at + 1 : -at - 1;
        }
    }
}
