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
            for (int i = 0; i < slices.size(); i++) {
                Slice slice = slices.get(i);
                float space = fresh ? 0 : slice.spaceBefore();
                if (!fresh && y + space + keptHeight(slices, i) > bottom) {
                    newPage(slice.continuation());
                    space = 0;
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

    /// The height slice `index` needs at the foot of a page: its own and that of the slices it keeps with,
    /// unless together they would not fit even on a page of their own.
    private float keptHeight(List<Slice> slices, int index) {
        int last = index;
        float height = slices.get(index).height();
        for (int i = index; i <= last && i < slices.size(); i++) {
            Slice slice = slices.get(i);
            if (i > index) {
                height += slice.spaceBefore() + slice.height();
            }
            last = Math.max(last, i + slice.keepWithNext());
        }
        Slice continuation = slices.get(index).continuation();
        float room = pageHeight() - (continuation == null ? 0 : continuation.height());
        return height <= room ? height : slices.get(index).height();
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
