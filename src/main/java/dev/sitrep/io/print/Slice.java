package dev.sitrep.io.print;

import java.io.IOException;

/// A piece of the body that is never split across pages: a heading, a line of a paragraph, a table row.
///
/// @param height       how much of the page it takes
/// @param spaceBefore  blank space above it, left out at the top of a page
/// @param keepWithNext how many of the following slices must share its page (a heading keeps with what it
///                     heads), when they fit on a page at all
/// @param continuation drawn at the top of a page this slice starts, to say what it continues (a table's
///                     header row), or `null`
/// @param drawing      draws it, given the top edge it was placed at
record Slice(float height, float spaceBefore, int keepWithNext, Slice continuation, Drawing drawing) {

    @FunctionalInterface
    interface Drawing {
        void draw(Canvas canvas, float top) throws IOException;
    }

    static Slice of(float height, Drawing drawing) {
        return new Slice(height, 0, 0, null, drawing);
    }

    Slice spacedBy(float space) {
        return new Slice(height, space, keepWithNext, continuation, drawing);
    }

    Slice keepingWithNext(int count) {
        return new Slice(height, spaceBefore, count, continuation, drawing);
    }

    Slice continuing(Slice header) {
        return new Slice(height, spaceBefore, keepWithNext, header, drawing);
    }

    /// This slice, then `below` under it, as one.
    Slice above(Slice below) {
        return new Slice(height + below.spaceBefore + below.height, spaceBefore, keepWithNext, continuation,
                (canvas, top) -> {
                    drawing.draw(canvas, top);
                    below.drawing.draw(canvas, top + height + below.spaceBefore);
                });
    }
}
