package dev.sitrep.io.print;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// The fonts of one PDF document: DejaVu Sans Condensed for all text, Droid Sans Fallback for the characters
/// DejaVu lacks (Chinese, Japanese, Korean). Each is loaded into the document at most once, on first use,
/// and embedded as a subset of the glyphs printed.
///
/// Text is split into [Run]s, each set in the one font that has its glyphs, so the widths measured for
/// wrapping are the widths drawn.
final class FontSet {

    /// A character that no font has prints as this, so the reader sees something is missing.
    static final String MISSING = "?";

    private final PDDocument document;
    private Face regular;
    private Face bold;
    private Face fallback;

    FontSet(PDDocument document) {
        this.document = document;
    }

    /// A stretch of text in one font.
    ///
    /// @param embolden draw the outline too: the fallback font has no bold weight
    record Run(PDFont font, String text, float width, boolean embolden) {
    }

    /// `text` as runs of one font each, widths in points at `style`'s size.
    List<Run> runs(String text, Style style) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
        Face primary = style.bold() ? bold() : regular();
        List<Run> runs = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        Face pendingFace = primary;
        float pendingWidth = 0;
        for (int i = 0; i < normal.length(); ) {
            int codePoint = normal.codePointAt(i);
            i += Character.charCount(codePoint);
            String printed = printable(codePoint, primary);
            if (printed.isEmpty()) {
                continue;
            }
            int shown = printed.codePointAt(0);
            Face face = primary.has(shown) ? primary : fallback();
            if (face != pendingFace && !pending.isEmpty()) {
                runs.add(run(pendingFace, primary, pending.toString(), pendingWidth, style));
                pending.setLength(0);
                pendingWidth = 0;
            }
            pendingFace = face;
            pending.append(printed);
            pendingWidth += face.advance(shown);
        }
        if (!pending.isEmpty()) {
            runs.add(run(pendingFace, primary, pending.toString(), pendingWidth, style));
        }
        return runs;
    }

    /// The width of `text` in points.
    float width(String text, Style style) {
        float width = 0;
        for (Run run : runs(text, style)) {
            width += run.width();
        }
        return width;
    }

    private static Run run(Face face, Face primary, String text, float advance, Style style) {
        return new Run(face.font, text, advance / 1000f * style.size(), style.bold() && face != primary);
    }

    /// What prints for `codePoint`: itself, a space for a tab, nothing for an invisible format character no
    /// font has (a zero-width joiner, an emoji's variation selector), or [#MISSING].
    private String printable(int codePoint, Face primary) {
        if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)) {
            return " ";
        }
        if (primary.has(codePoint) || fallback().has(codePoint)) {
            return Character.toString(codePoint);
        }
        return Character.getType(codePoint) == Character.FORMAT ? "" : MISSING;
    }

    private Face regular() {
        if (regular == null) {
            regular = load("DejaVuSansCondensed.ttf");
        }
        return regular;
    }

    private Face bold() {
        if (bold == null) {
            bold = load("DejaVuSansCondensed-Bold.ttf");
        }
        return bold;
    }

    /// Loaded only for a document with a character DejaVu lacks: the font is 4 MB.
    private Face fallback() {
        if (fallback == null) {
            fallback = load("DroidSansFallbackFull.ttf");
        }
        return fallback;
    }

    private Face load(String file) {
        try (InputStream in = FontSet.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the application");
            }
            return new Face(PDType0Font.load(document, in, true));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the font " + file + ": " + e.getMessage(), e);
        }
    }

    /// One font, with the characters it has and their widths remembered.
    private static final class Face {

        private final PDType0Font font;
        private final CmapLookup cmap;
        private final Map<Integer, Float> advances = new HashMap<>();

        Face(PDType0Font font) {
            this.font = font;
            this.cmap = font.getCmapLookup();
        }

        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) != 0;
        }

        /// The width of `codePoint` in thousandths of the font size.
        float advance(int codePoint) {
            return advances.computeIfAbsent(codePoint, this::measure);
        }

        private float measure(int codePoint) {
            try {
                return font.getStringWidth(Character.toString(codePoint));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
