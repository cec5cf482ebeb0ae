package dev.sitrep.io.print;

import dev.sitrep.io.print.PrintDocument.Paper;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/// A sheet of paper and the part of it that is printed on, in points (1/72 inch), measured from the top
/// left corner: the layout thinks top down, as people read.
///
/// @param margin space left blank on every side, wide enough for any office printer's unprintable edge
record Sheet(PDRectangle size, float margin) {

    /// About 15 mm.
    static final float MARGIN = 42.5f;

    static Sheet of(Paper paper) {
        return new Sheet(switch (paper) {
            case A4 -> PDRectangle.A4;
            case LETTER -> PDRectangle.LETTER;
        }, MARGIN);
    }

    float width() {
        return size.getWidth();
    }

    float height() {
        return size.getHeight();
    }

    float left() {
        return margin;
    }

    float right() {
        return width() - margin;
    }

    float top() {
        return margin;
    }

    float bottom() {
        return height() - margin;
    }

    /// The width that text and tables fill.
    float measure() {
        return right() - left();
    }
}
