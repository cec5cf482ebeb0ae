package dev.sitrep.io.print;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

import java.io.IOException;
import java.util.List;

/// Places the body's slices down the pages, starting a new page when the next slice, with those it keeps
/// with, does not fit on this one.
final class PageFlow {

    private final PDDocument document;
    private final Sheet sheet;
    private final FontSet fonts;
    private final float top;
    private final float bottom;

    private Canvas canvas;
    private float y;
    /// Nothing of the body is on this page yet but what a continued slice repeats.
    private boolean fresh;

    /// @param top    where the body starts on each page, under the running head
    /// @param bottom where the body ends, above the footer
    PageFlow(PDDocument document, Sheet sheet, FontSet fonts, float top, float bottom) {
        this.document = document;
        this.sheet = sheet;
        this.fonts = fonts;
        this.top = top;
        this.bottom = bottom;
    }

    /// The height a page has for slices.
    float pageHeight() {
        return bottom - top;
    }

    /// Lays out `slices` on as many pages as they need; a document always has at least one page.
    void place(List<Slice> slices) throws IOException {
        try {
            newPage(null);
            int keptThrough = -1;
            for (int i = 0; i < slices.size(); i++) {
                Slice slice = slices.get(i);
                float space = fresh ? 0 : slice.spaceBefore();
                // Slices kept with one before them already have their place on this page.
                if (i > keptThrough) {
                    keptThrough = keptThrough(slices, i);
                    if (!fresh && y + space + height(slices, i, keptThrough) > bottom) {
                        newPage(slice.continuation());
                        space = 0;
                    }
                }
                slice.drawing().draw(canvas, y + space);
                y += space + slice.height();
                fresh = false;
            }
        } finally {
            if (canvas != null) {
                canvas.close();
            }
        }
    }

    /// The last of the slices that slice `index` keeps with, as many of them as fit together on a page of
    /// their own: a heading over a row taller than a page still keeps with the header row.
    private int keptThrough(List<Slice> slices, int index) {
        Slice first = slices.get(index);
        float room = pageHeight() - (first.continuation() == null ? 0 : first.continuation().height());
        int kept = index;
        int wanted = index + first.keepWithNext();
        for (int i = index + 1; i <= wanted && i < slices.size(); i++) {
            if (height(slices, index, i) > room) {
                break;
            }
            kept = i;
            wanted = Math.max(wanted, i + slices.get(i).keepWithNext());
        }
        return kept;
    }

    /// The height of slices `from` to `to`, both included, without the space above the first.
    private static float height(List<Slice> slices, int from, int to) {
        float height = slices.get(from).height();
        for (int i = from + 1; i <= to; i++) {
            height += slices.get(i).spaceBefore() + slices.get(i).height();
        }
        return height;
    }

    private void newPage(Slice continuation) throws IOException {
        if (canvas != null) {
            canvas.close();
        }
        PDPage page = new PDPage(sheet.size());
        document.addPage(page);
        canvas = new Canvas(document, page, fonts, AppendMode.OVERWRITE);
        y = top;
        fresh = true;
        if (continuation != null) {
            continuation.drawing().draw(canvas, y);
            y += continuation.height();
        }
    }
}
