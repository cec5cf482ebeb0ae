package dev.sitrep.io.print;

import dev.sitrep.io.print.PrintDocument.Align;
import dev.sitrep.io.print.PrintDocument.SignOff;

import java.util.ArrayList;
import java.util.List;

/// Lays out a [SignOff] as a form: for each role, the role in bold, then a line each for the name, the
/// signature and the time, tall enough to write on by hand, with what goes on it printed small underneath.
/// A name already known is printed on its line.
final class SignOffLayout {

    /// From the top of a role's row to the writing line: room for handwriting.
    static final float WRITING_ROOM = 26f;
    /// Between two fields' lines, so they read as separate blanks.
    static final float FIELD_GAP = 14f;
    static final float ROW_GAP = 8f;
    /// A printed name starts a little in from its line, as a hand would write it.
    static final float NAME_INSET = 2f;
    /// The shares of the width: the role, then the name, signature and time lines.
    private static final float[] SHARES = {0.24f, 0.32f, 0.28f, 0.16f};
    private static final String[] CAPTIONS = {"Name", "Signature", "Time"};

    private final LineBreaker breaker;
    private final float left;
    private final float width;

    SignOffLayout(LineBreaker breaker, float left, float width) {
        this.breaker = breaker;
        this.left = left;
        this.width = width;
    }

    /// One slice a role, all kept on one page: a sign-off is signed as a whole.
    List<Slice> slices(SignOff signOff) {
        List<Slice> rows = new ArrayList<>();
        for (int i = 0; i < signOff.roles().size(); i++) {
            Slice row = role(signOff.roles().get(i), signOff.names().get(i));
            boolean last = i == signOff.roles().size() - 1;
            rows.add((rows.isEmpty() ? row : row.spacedBy(ROW_GAP)).keepingWithNext(last ? 0 : 1));
        }
        return rows;
    }

    private Slice role(String role, String name) {
        float[] xs = new float[SHARES.length + 1];
        xs[0] = left;
        for (int i = 0; i < SHARES.length; i++) {
            xs[i + 1] = xs[i] + SHARES[i] * width;
        }
        TextBlock roleText = TextBlock.wrap(breaker, role, Style.BODY_STRONG, xs[1] - xs[0] - FIELD_GAP);
        float nameWidth = xs[2] - xs[1] - FIELD_GAP - NAME_INSET;
        String printed = name.isBlank() ? "" : breaker.fit(name, Style.PRINTED_NAME, nameWidth);
        // The role's last line sits on the writing line, like the label of a form's blank.
        float roleAbove = 2 + Style.BODY_STRONG.ascent()
                + (roleText.lines().size() - 1) * Style.BODY_STRONG.leading();
        float line = Math.max(WRITING_ROOM, roleAbove);
        float height = line + Style.CAPTION.leading() + 2;
        return Slice.of(height, (canvas, top) -> {
            float lineY = top + line;
            roleText.draw(canvas, left, lineY - roleAbove, xs[1] - xs[0] - FIELD_GAP, Align.LEFT);
            for (int field = 0; field < CAPTIONS.length; field++) {
                float x0 = xs[field + 1];
                float x1 = xs[field + 2] - (field == CAPTIONS.length - 1 ? 0 : FIELD_GAP);
                canvas.rule(x0, x1, lineY, 0.6f, Style.BLACK);
                canvas.text(CAPTIONS[field], Style.CAPTION, x0, lineY + Style.CAPTION.leading());
            }
            if (!printed.isEmpty()) {
                canvas.text(printed, Style.PRINTED_NAME, xs[1] + NAME_INSET, lineY - 3);
            }
        });
    }
}
