package dev.sitrep.io.print;

import dev.sitrep.io.print.PrintDocument.Align;
import dev.sitrep.io.print.PrintDocument.Block;
import dev.sitrep.io.print.PrintDocument.Facts;
import dev.sitrep.io.print.PrintDocument.Heading;
import dev.sitrep.io.print.PrintDocument.Paragraph;
import dev.sitrep.io.print.PrintDocument.SignOff;
import dev.sitrep.io.print.PrintDocument.Table;

import java.util.ArrayList;
import java.util.List;

/// Turns the body's blocks into [Slice]s for the [PageFlow], with the space between blocks and the rules
/// about what stays together.
final class BodyLayout {

    /// Between one block and the next.
    static final float BLOCK_SPACE = 7f;
    /// Above a heading: more than between blocks, so a heading reads as the start of what follows it.
    static final float HEADING_SPACE = 14f;
    /// Under a heading, before what it heads.
    static final float UNDER_HEADING = 3f;

    private final Sheet sheet;
    private final LineBreaker breaker;
    private final float pageHeight;

    /// @param pageHeight the height a page has for the body
    BodyLayout(Sheet sheet, LineBreaker breaker, float pageHeight) {
        this.sheet = sheet;
        this.breaker = breaker;
        this.pageHeight = pageHeight;
    }

    List<Slice> slices(List<Block> blocks) {
        List<Slice> slices = new ArrayList<>();
        Block previous = null;
        Heading lastHeading = null;
        for (Block block : blocks) {
            float space = previous instanceof Heading ? UNDER_HEADING
                    : block instanceof Heading ? HEADING_SPACE : BLOCK_SPACE;
            List<Slice> blockSlices = switch (block) {
                case Heading heading -> List.of(heading(heading.text()).keepingWithNext(1));
                case Paragraph paragraph -> paragraph(paragraph);
                case Facts facts -> new FactsLayout(breaker, sheet.left(), sheet.measure()).slices(facts);
                case Table table -> new TableLayout(breaker, sheet.left(), sheet.measure(), pageHeight)
                        .slices(table, continued(lastHeading));
                case SignOff signOff -> new SignOffLayout(breaker, sheet.left(), sheet.measure()).slices(signOff);
            };
            if (block instanceof Heading heading) {
                lastHeading = heading;
            }
            previous = block;
            if (!blockSlices.isEmpty()) {
                slices.add(blockSlices.getFirst().spacedBy(space));
                slices.addAll(blockSlices.subList(1, blockSlices.size()));
            }
        }
        return slices;
    }

    private Slice heading(String text) {
        TextBlock lines = TextBlock.wrap(breaker, text, Style.HEADING, sheet.measure());
        return Slice.of(lines.height(), (canvas, top) -> lines.draw(canvas, sheet.left(), top, sheet.measure(),
                Align.LEFT));
    }

    /// What a table that continues on a new page repeats above its header: its heading, said to continue.
    private Slice continued(Heading heading) {
        return heading == null ? null : heading(heading.text() + " (continued)");
    }

    /// One slice a line, so a paragraph can continue on the next page, but never leaving its first line alone
    /// at the foot of a page or its last alone at the top of the next.
    private List<Slice> paragraph(Paragraph paragraph) {
        Style style = Style.body(paragraph.emphasis());
        TextBlock text = TextBlock.wrap(breaker, paragraph.text(), style, sheet.measure());
        List<Slice> lines = new ArrayList<>();
        int count = text.lines().size();
        for (int i = 0; i < count; i++) {
            int line = i;
            Slice slice = Slice.of(style.leading(), (canvas, top) -> text.draw(canvas, sheet.left(), top,
                    sheet.measure(), Align.LEFT, line, line + 1));
            boolean keep = count > 1 && (line == 0 || line == count - 2);
            lines.add(keep ? slice.keepingWithNext(1) : slice);
        }
        return lines;
    }
}
