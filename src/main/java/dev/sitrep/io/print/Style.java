package dev.sitrep.io.print;

/// How a piece of text is set: size in points, weight, and how grey (0 black, 1 white).
record Style(float size, boolean bold, float grey) {

    static final float BLACK = 0f;
    /// Dark enough to read on a tired office laser printer, light enough to step back from black text.
    static final float QUIET_GREY = 0.35f;

    static final Style TITLE = new Style(13f, true, BLACK);
    static final Style HEAD_FACTS = new Style(9f, false, BLACK);
    static final Style FOOTER = new Style(7.5f, false, QUIET_GREY);
    static final Style HEADING = new Style(11f, true, BLACK);
    static final Style BODY = new Style(9f, false, BLACK);
    static final Style BODY_STRONG = new Style(9f, true, BLACK);
    static final Style BODY_QUIET = new Style(8f, false, QUIET_GREY);
    static final Style CELL = new Style(8.5f, false, BLACK);
    static final Style CELL_STRONG = new Style(8.5f, true, BLACK);
    static final Style CELL_QUIET = new Style(7.5f, false, QUIET_GREY);
    static final Style FACT_VALUE = new Style(18f, true, BLACK);
    static final Style FACT_LABEL = new Style(8f, false, BLACK);
    static final Style FACT_CHANGE = new Style(7.5f, false, QUIET_GREY);
    static final Style CAPTION = new Style(7f, false, QUIET_GREY);
    static final Style PRINTED_NAME = new Style(10f, false, BLACK);

    static Style body(PrintDocument.Emphasis emphasis) {
        return switch (emphasis) {
            case NONE -> BODY;
            case STRONG -> BODY_STRONG;
            case QUIET -> BODY_QUIET;
        };
    }

    static Style cell(PrintDocument.Emphasis emphasis) {
        return switch (emphasis) {
            case NONE -> CELL;
            case STRONG -> CELL_STRONG;
            case QUIET -> CELL_QUIET;
        };
    }

    /// The distance from one baseline to the next.
    float leading() {
        return size * 1.22f;
    }

    /// Where the baseline sits below the top of a line: room for capitals and accents above it, for
    /// descenders below.
    float ascent() {
        return size * 0.93f;
    }
}
