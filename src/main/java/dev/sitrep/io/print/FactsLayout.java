package dev.sitrep.io.print;

import dev.sitrep.io.print.PrintDocument.Align;
import dev.sitrep.io.print.PrintDocument.Fact;
import dev.sitrep.io.print.PrintDocument.Facts;

import java.util.ArrayList;
import java.util.List;

/// Lays out [Facts] as a row of framed boxes of equal width, a large figure over its label and change; as
/// many rows as it takes for each figure to fit its box, the boxes shared out evenly between the rows.
final class FactsLayout {

    static final float GAP = 6f;
    static final float PAD = 5f;
    /// Below this a box's label wraps on every word.
    static final float MIN_BOX = 64f;
    static final float FRAME_GREY = 0.45f;
    /// Between the figure and its label: figures have no descenders to keep them apart.
    static final float UNDER_VALUE = 2f;

    private final LineBreaker breaker;
    private final float left;
    private final float width;

    FactsLayout(LineBreaker breaker, float left, float width) {
        this.breaker = breaker;
        this.left = left;
        this.width = width;
    }

    /// One slice a row of boxes.
    List<Slice> slices(Facts facts) {
        List<Fact> all = facts.facts();
        if (all.isEmpty()) {
            return List.of();
        }
        int perRow = perRow(all);
        float box = (width - (perRow - 1) * GAP) / perRow;
        List<Slice> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += perRow) {
            Slice row = row(all.subList(from, Math.min(all.size(), from + perRow)), box);
            rows.add(rows.isEmpty() ? row : row.spacedBy(GAP));
        }
        return rows;
    }

    /// As many boxes to a row as fit the widest figure, shared evenly: seven that need two rows go four
    /// and three, not six and one.
    private int perRow(List<Fact> facts) {
        float widest = MIN_BOX;
        for (Fact fact : facts) {
            widest = Math.max(widest, breaker.width(fact.value(), Style.FACT_VALUE) + 2 * PAD);
        }
        int fit = Math.clamp((int) ((width + GAP) / (widest + GAP)), 1, facts.size());
        int rows = (facts.size() + fit - 1) / fit;
        return (facts.size() + rows - 1) / rows;
    }

    private Slice row(List<Fact> facts, float box) {
        float inner = box - 2 * PAD;
        List<List<TextBlock>> contents = new ArrayList<>();
        float height = 0;
        for (Fact fact : facts) {
            List<TextBlock> content = new ArrayList<>();
            content.add(TextBlock.wrap(breaker, fact.value(), Style.FACT_VALUE, inner));
            content.add(TextBlock.wrap(breaker, fact.label(), Style.FACT_LABEL, inner));
            if (!fact.change().isBlank()) {
                content.add(TextBlock.wrap(breaker, fact.change(), Style.FACT_CHANGE, inner));
            }
            height = Math.max(height, UNDER_VALUE + (float) content.stream().mapToDouble(TextBlock::height).sum());
            contents.add(content);
        }
        float boxHeight = height + 2 * PAD;
        return Slice.of(boxHeight, (canvas, top) -> {
            float x = left;
            for (List<TextBlock> content : contents) {
                canvas.frame(x, top, box, boxHeight, 0.6f, FRAME_GREY);
                float y = top + PAD;
                for (TextBlock text : content) {
                    text.draw(canvas, x + PAD, y, inner, Align.LEFT);
                    y += text.height() + (text.style() == Style.FACT_VALUE ? UNDER_VALUE : 0);
                }
                x += box + GAP;
            }
        });
    }
}
