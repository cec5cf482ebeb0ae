package dev.sitrep.io.print;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.io.IOException;
import java.util.List;

/// Draws on one page with the layout's coordinates: points from the top left corner, y growing downwards.
final class Canvas implements AutoCloseable {

    /// Behind table headers: a shade that prints on any printer and leaves black text on it readable.
    static final float LIGHT_GREY = 0.88f;

    private final PDPageContentStream stream;
    private final FontSet fonts;
    private final float pageHeight;

    Canvas(PDDocument document, PDPage page, FontSet fonts, AppendMode mode) throws IOException {
        this.stream = new PDPageContentStream(document, page, mode, true, true);
        this.fonts = fonts;
        this.pageHeight = page.getMediaBox().getHeight();
    }

    /// Draws one line of text with its baseline at `baseline`.
    void text(String text, Style style, float x, float baseline) throws IOException {
        List<FontSet.Run> runs = fonts.runs(text, style);
        if (runs.isEmpty()) {
            return;
        }
        stream.setNonStrokingColor(style.grey());
        stream.beginText();
        stream.newLineAtOffset(x, pageHeight - baseline);
        for (FontSet.Run run : runs) {
            stream.setFont(run.font(), style.size());
            if (run.embolden()) {
                // Stroking the outline as well as filling it thickens the strokes: bold for a font that has none.
                stream.setStrokingColor(style.grey());
                stream.setLineWidth(style.size() * 0.03f);
                stream.setRenderingMode(RenderingMode.FILL_STROKE);
            }
            stream.showText(run.text());
            if (run.embolden()) {
                stream.setRenderingMode(RenderingMode.FILL);
            }
        }
        stream.endText();
    }

    float width(String text, Style style) {
        return fonts.width(text, style);
    }

    /// A horizontal line `thickness` points thick.
    void rule(float x1, float x2, float y, float thickness, float grey) throws IOException {
        stream.setStrokingColor(grey);
        stream.setLineWidth(thickness);
        stream.moveTo(x1, pageHeight - y);
        stream.lineTo(x2, pageHeight - y);
        stream.stroke();
    }

    void fill(float x, float top, float width, float height, float grey) throws IOException {
        stream.setNonStrokingColor(grey);
        stream.addRect(x, pageHeight - top - height, width, height);
        stream.fill();
    }

    void frame(float x, float top, float width, float height, float thickness, float grey) throws IOException {
        stream.setStrokingColor(grey);
        stream.setLineWidth(thickness);
        stream.addRect(x, pageHeight - top - height, width, height);
        stream.stroke();
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
