package dev.sitrep.io.print;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// Wraps text to a width: at the places a line may break (after spaces and hyphens, between Chinese or
/// Japanese characters, which have no spaces), and inside a word only when the word alone is wider than the
/// line.
final class LineBreaker {

    private final FontSet fonts;

    LineBreaker(FontSet fonts) {
        this.fonts = fonts;
    }

    /// The lines of `text` at `width` points; a line break in `text` always starts a new line, and an empty
    /// text is one empty line.
    List<String> wrap(String text, Style style, float width) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<String> lines = new ArrayList<>();
        for (String paragraph : normal.split("\r\n|\r|\n", -1)) {
            wrapParagraph(paragraph, style, width, lines);
        }
        return lines;
    }

    /// The width of `text` on one line, in points.
    float width(String text, Style style) {
        return fonts.width(text, style);
    }

    /// `text` on one line, cut short with "…" when it is wider than `width`.
    String fit(String text, Style style, float width) {
        String line = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        if (fonts.width(line, style) <= width) {
            return line;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(line);
        int end = characters.last();
        while (end > 0 && fonts.width(line.substring(0, end).stripTrailing() + "…", style) > width) {
            end = characters.previous();
        }
        return line.substring(0, end).stripTrailing() + "…";
    }

    private void wrapParagraph(String paragraph, Style style, float width, List<String> lines) {
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String segment : segments(paragraph)) {
            float inked = fonts.width(segment.stripTrailing(), style);
            if (lineWidth + inked <= width) {
                line.append(segment);
                lineWidth += fonts.width(segment, style);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0;
            }
            String rest = inked <= width ? segment : breakWord(segment, style, width, lines);
            line.append(rest);
            lineWidth = fonts.width(rest, style);
        }
        lines.add(line.toString().stripTrailing());
    }

    /// The pieces between the places a line may break, each with the spaces after it.
    private static List<String> segments(String paragraph) {
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(paragraph);
        List<String> segments = new ArrayList<>();
        int start = 0;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (end == paragraph.length() || mayBreak(paragraph, end)) {
                segments.add(paragraph.substring(start, end));
                start = end;
            }
        }
        return segments;
    }

    /// Java's line breaks are older than Unicode's rules and break times, numbers and codes apart ("08:|00",
    /// "T-|1040"); a line may not break after a colon, comma, full stop or semicolon that has no space after
    /// it, nor after a hyphen before a digit.
    private static boolean mayBreak(String text, int at) {
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        return ":,.;".indexOf(before) < 0 && !(before == '-' && Character.isDigit(after));
    }

    /// Puts as much of a too-long word on each line as fits, between characters as people see them (never
    /// between a letter and its accent), and returns the last piece to go on with.
    private String breakWord(String word, Style style, float width, List<String> lines) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(word);
        int lineStart = 0;
        float lineWidth = 0;
        for (int start = characters.first(), end = characters.next(); end != BreakIterator.DONE;
                start = end, end = characters.next()) {
            float character = fonts.width(word.substring(start, end), style);
            if (lineWidth + character > width && start > lineStart) {
                lines.add(word.substring(lineStart, start));
                lineStart = start;
                lineWidth = 0;
            }
            lineWidth += character;
        }
        return word.substring(lineStart);
    }
}
