package dev.sitrep.io.print;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/// A document to print, as blocks of words: what it says, not where it goes. [PdfPrinter] lays it out on
/// pages, repeating the running head on each and numbering them "page N of M".
///
/// Everything is black and white on paper: a block never relies on colour to say something, only on words,
/// weight and the grey of a progress bar.
///
/// @param head   printed at the top of every page
/// @param blocks the body, in reading order
public record PrintDocument(RunningHead head, List<Block> blocks) {

    public PrintDocument {
        Objects.requireNonNull(head, "head");
        blocks = List.copyOf(blocks);
    }

    /// What every page repeats above its body.
    ///
    /// @param title    the document's largest line: "INC-2026-0002 · Ransomware at Northwind Manufacturing"
    /// @param facts    short facts on one line under the title, separated on paper: "SEV1", "recovering", ...
    /// @param footnote the line beside the page number at the bottom: "Printed 23 Nov 2026 20:05 by Priya Shah"
    public record RunningHead(String title, List<String> facts, String footnote) {
        public RunningHead {
            Objects.requireNonNull(title, "title");
            facts = List.copyOf(facts);
            Objects.requireNonNull(footnote, "footnote");
        }
    }

    /// One piece of the body.
    public sealed interface Block permits Heading, Paragraph, Facts, Table, SignOff {
    }

    /// A section's title; it is never left alone at the foot of a page.
    public record Heading(String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /// Text that wraps to the page's width; line breaks in `text` start new lines.
    public record Paragraph(String text, Emphasis emphasis) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(emphasis, "emphasis");
        }

        public static Paragraph plain(String text) {
            return new Paragraph(text, Emphasis.NONE);
        }
    }

    /// Figures side by side, each a large value over a small label: "412" over "down".
    public record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    /// @param value  the figure, large: "412"
    /// @param label  what it counts, small: "down"
    /// @param change how it moved, small, under the label: "was 520 at 08:00", or empty
    public record Fact(String value, String label, String change) {
        public Fact {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(change, "change");
        }
    }

    /// Rows under a header row; a table that does not fit splits between rows, and the header is repeated
    /// at the top of each page it continues on.
    ///
    /// @param more a line under the last row for what was left out ("and 240 more"), or empty
    public record Table(List<Column> columns, List<Row> rows, String more) implements Block {
        public Table {
            columns = List.copyOf(columns);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("a table needs at least one column");
            }
            rows = List.copyOf(rows);
            Objects.requireNonNull(more, "more");
            for (Row row : rows) {
                if (row.cells().size() != columns.size()) {
                    throw new IllegalArgumentException("a row has " + row.cells().size() + " cells for "
                            + columns.size() + " columns");
                }
            }
        }
    }

    /// @param weight the column's share of the table's width, relative to the other columns
    public record Column(String header, double weight, Align align) {
        public Column {
            Objects.requireNonNull(header, "header");
            if (!(weight > 0 && Double.isFinite(weight))) {
                throw new IllegalArgumentException("the weight of column '" + header + "' must be above 0, not "
                        + weight);
            }
            Objects.requireNonNull(align, "align");
        }

        public static Column left(String header, double weight) {
            return new Column(header, weight, Align.LEFT);
        }

        public static Column right(String header, double weight) {
            return new Column(header, weight, Align.RIGHT);
        }
    }

    public record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /// A row of plain cells.
        public static Row of(String... texts) {
            return new Row(Arrays.stream(texts).map(Cell::plain).toList());
        }
    }

    /// One cell: text that wraps within its column.
    ///
    /// @param progress when not `null`, a bar 0 to 1 drawn in grey before the text ("1,879 / 3,000")
    public record Cell(String text, Emphasis emphasis, Double progress) {
        public Cell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(emphasis, "emphasis");
            if (progress != null && !(progress >= 0 && progress <= 1)) {
                throw new IllegalArgumentException("progress must be 0 to 1, not " + progress);
            }
        }

        public static Cell plain(String text) {
            return new Cell(text, Emphasis.NONE, null);
        }

        public static Cell strong(String text) {
            return new Cell(text, Emphasis.STRONG, null);
        }

        public static Cell bar(double progress, String text) {
            return new Cell(text, Emphasis.NONE, progress);
        }
    }

    /// Lines to sign, one per role: "Outgoing lead", then name, signature and time to write by hand.
    ///
    /// @param names the printed name under each role, or empty to write in
    public record SignOff(List<String> roles, List<String> names) implements Block {
        public SignOff {
            roles = List.copyOf(roles);
            names = List.copyOf(names);
            if (names.size() != roles.size()) {
                throw new IllegalArgumentException(roles.size() + " roles but " + names.size() + " names");
            }
        }
    }

    /// How text stands out without colour.
    public enum Emphasis {
        NONE,
        /// Bold: what needs action ("overdue", "blocked").
        STRONG,
        /// Smaller and grey: context and "and 240 more" lines.
        QUIET
    }

    /// The paper sizes a war room's printers hold.
    public enum Paper {
        A4,
        LETTER;

        /// Countries whose printers hold Letter paper; the rest of the world uses A4.
        private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE");

        /// The paper printers hold in a country (ISO 3166 code, as [java.util.Locale#getCountry] gives).
        public static Paper forCountry(String country) {
            return LETTER_COUNTRIES.contains(country) ? LETTER : A4;
        }

        /// "A4", "Letter".
        public String label() {
            return this == A4 ? "A4" : "Letter";
        }
    }

    /// How a column's text sits.
    public enum Align {
        LEFT,
        RIGHT
    }
}
