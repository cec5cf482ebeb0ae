package dev.sitrep.io.print;

import dev.sitrep.io.print.PrintDocument.Align;
import dev.sitrep.io.print.PrintDocument.RunningHead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/// What every page shows around its body: the running head (title, facts, a rule) at the top and the
/// footnote with "page N of M" at the foot. It is stamped on once all pages are laid out, when M is known.
final class PageFrame {

    static final String FACT_SEPARATOR = " · ";
    /// A title longer than this many lines is cut short: the head must leave the page to the body.
    static final int MAX_TITLE_LINES = 2;
    static final float UNDER_RULE = 10f;
    static final float ABOVE_FOOTER = 8f;

    private final Sheet sheet;
    private final LineBreaker breaker;
    private final RunningHead head;
    private final TextBlock title;
    private final TextBlock facts;

    PageFrame(RunningHead head, Sheet sheet, LineBreaker breaker) {
        this.sheet = sheet;
        this.breaker = breaker;
        this.head = head;
        this.title = new TextBlock(titleLines(head.title()), Style.TITLE);
        this.facts = new TextBlock(factLines(head.facts()), Style.HEAD_FACTS);
    }

    /// Where the body starts on every page.
    float bodyTop() {
        return rule() + UNDER_RULE;
    }

    /// Where the body ends on every page.
    float bodyBottom() {
        return footerBaseline() - Style.FOOTER.ascent() - ABOVE_FOOTER;
    }

    /// Draws the head and foot on each of the document's pages.
    void stamp(PDDocument document, FontSet fonts) throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (Canvas canvas = new Canvas(document, page, fonts, AppendMode.APPEND)) {
                drawHead(canvas);
                drawFoot(canvas, "page " + (i + 1) + " of " + count);
            }
        }
    }

    private void drawHead(Canvas canvas) throws IOException {
        title.draw(canvas, sheet.left(), sheet.top(), sheet.measure(), Align.LEFT);
        facts.draw(canvas, sheet.left(), sheet.top() + title.height(), sheet.measure(), Align.LEFT);
        canvas.rule(sheet.left(), sheet.right(), rule(), 0.75f, Style.BLACK);
    }

    private void drawFoot(Canvas canvas, String pageNumber) throws IOException {
        float numberWidth = canvas.width(pageNumber, Style.FOOTER);
        float baseline = footerBaseline();
        canvas.text(pageNumber, Style.FOOTER, sheet.right() - numberWidth, baseline);
        String footnote = breaker.fit(head.footnote(), Style.FOOTER, sheet.measure() - numberWidth - 18);
        canvas.text(footnote, Style.FOOTER, sheet.left(), baseline);
    }

    private float rule() {
        return sheet.top() + title.height() + facts.height() + 3;
    }

    private float footerBaseline() {
        return sheet.bottom();
    }

    private List<String> titleLines(String text) {
        List<String> lines = breaker.wrap(text.replaceAll("\\s*\\R\\s*", " "), Style.TITLE, sheet.measure());
        if (lines.size() <= MAX_TITLE_LINES) {
            return lines;
        }
        List<String> shown = new ArrayList<>(lines.subList(0, MAX_TITLE_LINES - 1));
        String rest = String.join(" ", lines.subList(MAX_TITLE_LINES - 1, lines.size()));
        shown.add(breaker.fit(rest, Style.TITLE, sheet.measure()));
        return shown;
    }

    /// The facts joined by " · ", each line breaking between facts rather than inside one when it can.
    private List<String> factLines(List<String> items) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String item : items) {
            String fact = item.replaceAll("\\s+", " ").strip();
            if (fact.isEmpty()) {
                continue;
            }
            String joined = line.isEmpty() ? fact : line + FACT_SEPARATOR + fact;
            if (breaker.width(joined, Style.HEAD_FACTS) <= sheet.measure()) {
                line = joined;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            List<String> wrapped = breaker.wrap(fact, Style.HEAD_FACTS, sheet.measure());
            lines.addAll(wrapped.subList(0, wrapped.size() - 1));
            line = wrapped.getLast();
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }
}
