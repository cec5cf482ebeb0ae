package dev.sitrep.io.print;

import dev.sitrep.io.print.PrintDocument.Align;
import dev.sitrep.io.print.PrintDocument.Cell;
import dev.sitrep.io.print.PrintDocument.Column;
import dev.sitrep.io.print.PrintDocument.Row;
import dev.sitrep.io.print.PrintDocument.Table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/// Lays out a [Table]: columns as wide as their weights say, cells that wrap within their column, a row as
/// tall as its tallest cell. Each row is one [Slice], so rows stay whole, and a row continued on a new page
/// brings the header row (and the table's heading, "continued") with it.
final class TableLayout {

    static final float PAD_X = 3f;
    static final float PAD_Y = 2.5f;
    static final float BAR_HEIGHT = 6.5f;
    static final float BAR_GAP = 4f;
    /// The part of a bar that is done: dark enough to tell from the empty part in black and white.
    static final float BAR_GREY = 0.55f;
    static final float ROW_RULE_GREY = 0.65f;
    /// The text room of a row that is not cut into pieces.
    private static final float WHOLE = Float.POSITIVE_INFINITY;

    private final LineBreaker breaker;
    private final float left;
    private final float width;
    private final float pageHeight;

    /// @param pageHeight the height a page has for the body, which no row may exceed
    TableLayout(LineBreaker breaker, float left, float width, float pageHeight) {
        this.breaker = breaker;
        this.left = left;
        this.width = width;
        this.pageHeight = pageHeight;
    }

    /// @param heading the heading to repeat, "continued", above the header row on each further page, or
    ///                `null`
    List<Slice> slices(Table table, Slice heading) {
        float[] xs = columnEdges(table.columns());
        Slice header = header(table.columns(), xs);
        Slice continuation = heading == null ? header : heading.above(header.spacedBy(BodyLayout.UNDER_HEADING));
        float rowRoom = pageHeight - continuation.height();

        List<Slice> slices = new ArrayList<>();
        slices.add(header.keepingWithNext(Math.min(2, table.rows().size())));
        for (Row row : table.rows()) {
            for (Slice part : row(row, table.columns(), xs, rowRoom)) {
                slices.add(part.continuing(continuation));
            }
        }
        if (!table.more().isBlank()) {
            TextBlock more = TextBlock.wrap(breaker, table.more(), Style.BODY_QUIET, width - 2 * PAD_X);
            int last = slices.size() - 1;
            slices.set(last, slices.get(last).keepingWithNext(1));
            slices.add(Slice.of(more.height() + PAD_Y, (canvas, top) -> more.draw(canvas, left + PAD_X, top + PAD_Y,
                    width - 2 * PAD_X, Align.LEFT)).continuing(continuation));
        }
        return slices;
    }

    /// The left edge of each column and, last, the table's right edge.
    private float[] columnEdges(List<Column> columns) {
        double total = columns.stream().mapToDouble(Column::weight).sum();
        float[] xs = new float[columns.size() + 1];
        xs[0] = left;
        double weights = 0;
        for (int i = 0; i < columns.size(); i++) {
            weights += columns.get(i).weight();
            xs[i + 1] = left + (float) (width * weights / total);
        }
        return xs;
    }

    private Slice header(List<Column> columns, float[] xs) {
        List<CellText> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            float inner = xs[i + 1] - xs[i] - 2 * PAD_X;
            cells.add(new CellText(TextBlock.wrap(breaker, columns.get(i).header(), Style.CELL_STRONG, inner),
                    null, 0, columns.get(i).align(), xs[i] + PAD_X, inner));
        }
        float height = rowHeight(cells);
        return Slice.of(height, (canvas, top) -> {
            canvas.fill(left, top, width, height, Canvas.LIGHT_GREY);
            for (CellText cell : cells) {
                cell.draw(canvas, top + PAD_Y, 0, WHOLE);
            }
            canvas.rule(left, left + width, top + height, 0.8f, Style.BLACK);
        });
    }

    /// A row as one slice, or, when it is taller than a page, as pieces that each fit on one.
    private List<Slice> row(Row row, List<Column> columns, float[] xs, float room) {
        List<CellText> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.add(cell(row.cells().get(i), columns.get(i).align(), xs[i], xs[i + 1]));
        }
        float height = rowHeight(cells);
        if (height <= room) {
            return List.of(rowPart(cells, height, 0, WHOLE));
        }
        return splitRow(cells, room);
    }

    /// A row taller than a page, cut into pieces of as many lines as fit a page, each cell's lines in turn.
    private List<Slice> splitRow(List<CellText> cells, float room) {
        float textRoom = room - 2 * PAD_Y;
        int pieces = 1;
        for (CellText cell : cells) {
            pieces = Math.max(pieces, (int) Math.ceil(cell.text.lines().size() / (double) cell.linesPer(textRoom)));
        }
        List<Slice> parts = new ArrayList<>();
        for (int piece = 0; piece < pieces; piece++) {
            float height = 0;
            for (CellText cell : cells) {
                int from = piece * cell.linesPer(textRoom);
                int lines = Math.max(0, Math.min(cell.text.lines().size() - from, cell.linesPer(textRoom)));
                height = Math.max(height, lines * cell.text.style().leading());
            }
            parts.add(rowPart(cells, height + 2 * PAD_Y, piece, textRoom));
        }
        return parts;
    }

    /// Draws piece `piece` of a row cut into pieces of `textRoom` points of lines each.
    private Slice rowPart(List<CellText> cells, float height, int piece, float textRoom) {
        return Slice.of(height, (canvas, top) -> {
            for (CellText cell : cells) {
                cell.draw(canvas, top + PAD_Y, piece, textRoom);
            }
            canvas.rule(left, left + width, top + height, 0.3f, ROW_RULE_GREY);
        });
    }

    private CellText cell(Cell cell, Align align, float x0, float x1) {
        Style style = Style.cell(cell.emphasis());
        float inner = x1 - x0 - 2 * PAD_X;
        if (cell.progress() == null) {
            return new CellText(TextBlock.wrap(breaker, cell.text(), style, inner), null, 0, align, x0 + PAD_X,
                    inner);
        }
        // Long enough to read a tenth from, short enough to leave most of a narrow column to the text.
        float bar = Math.min(44f, inner * 0.4f);
        float textWidth = inner - bar - BAR_GAP;
        return new CellText(TextBlock.wrap(breaker, cell.text(), style, textWidth), cell.progress(), bar, align,
                x0 + PAD_X + bar + BAR_GAP, textWidth);
    }

    private static float rowHeight(List<CellText> cells) {
        float height = BAR_HEIGHT;
        for (CellText cell : cells) {
            height = Math.max(height, cell.text.height());
        }
        return height + 2 * PAD_Y;
    }

    /// A cell's wrapped text, where it goes, and its progress bar, before the text, if it has one.
    private record CellText(TextBlock text, Double progress, float barWidth, Align align, float x, float width) {

        /// How many lines fit in `textRoom` points; all of them for [#WHOLE].
        int linesPer(float textRoom) {
            return Math.max(1, (int) (textRoom / text.style().leading()));
        }

        /// Draws the lines of piece `piece` of pieces `textRoom` points high; the bar goes with the first.
        void draw(Canvas canvas, float top, int piece, float textRoom) throws IOException {
            if (progress != null && piece == 0) {
                float barX = x - BAR_GAP - barWidth;
                float barTop = top + (text.style().leading() - BAR_HEIGHT) / 2;
                canvas.fill(barX, barTop, barWidth * progress.floatValue(), BAR_HEIGHT, BAR_GREY);
                canvas.frame(barX, barTop, barWidth, BAR_HEIGHT, 0.5f, Style.BLACK);
            }
            int perPiece = linesPer(textRoom);
            int from = piece * perPiece;
            text.draw(canvas, x, top, width, align, from, (int) Math.min((long) from + perPiece, Integer.MAX_VALUE));
        }
    }
}
