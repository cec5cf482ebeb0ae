package dev.sitrep.io.print;

import dev.sitrep.io.print.PrintDocument.Align;

import java.io.IOException;
import java.util.List;

/// Lines of text in one style, already wrapped to a width.
record TextBlock(List<String> lines, Style style) {

    TextBlock {
        lines = List.copyOf(lines);
    }

    static TextBlock wrap(LineBreaker breaker, String text, Style style, float width) {
        return new TextBlock(breaker.wrap(text, style, width), style);
    }

    float height() {
        return lines.size() * style.leading();
    }

    /// Draws lines `from` to `to` (exclusive) from `top` down, aligned within `width`.
    void draw(Canvas canvas, float x, float top, float width, Align align, int from, int to) throws IOException {
        float baseline = top + style.ascent();
        for (int i = from; i < Math.min(to, lines.size()); i++) {
            String line = lines.get(i);
            float left = align == Align.RIGHT ? x + width - canvas.width(line, style) : x;
            canvas.text(line, style, left, baseline);
            baseline += style.leading();
        }
    }

    void draw(Canvas canvas, float x, float top, float width, Align align) throws IOException {
        draw(canvas, x, top, width, align, 0, lines.size());
    }
}
