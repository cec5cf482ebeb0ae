package dev.sitrep.io.print;

import dev.sitrep.io.print.PrintDocument.Block;
import dev.sitrep.io.print.PrintDocument.Cell;
import dev.sitrep.io.print.PrintDocument.Column;
import dev.sitrep.io.print.PrintDocument.Fact;
import dev.sitrep.io.print.PrintDocument.Facts;
import dev.sitrep.io.print.PrintDocument.Heading;
import dev.sitrep.io.print.PrintDocument.Paper;
import dev.sitrep.io.print.PrintDocument.Paragraph;
import dev.sitrep.io.print.PrintDocument.Row;
import dev.sitrep.io.print.PrintDocument.RunningHead;
import dev.sitrep.io.print.PrintDocument.SignOff;
import dev.sitrep.io.print.PrintDocument.Table;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PdfPrinterTest {

    private static final RunningHead HEAD = new RunningHead("INC-2026-0007 · Payroll outage",
            List.of("SEV1", "recovering", "commander Priya Shah"), "Printed 23 Nov 2026 20:05 by Priya Shah");
    private static final Instant PRINTED = Instant.parse("2026-11-23T20:05:00Z");

    private final PdfPrinter printer = new PdfPrinter(Clock.fixed(PRINTED, ZoneOffset.UTC));

    @Test
    void everyPageHasTheRunningHeadAndSaysWhichPageOfHowManyItIs() {
        List<String> pages = PdfText.pages(printer.toPdf(document(tasks(120, "")), Paper.A4));

        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        for (int page = 1; page <= pages.size(); page++) {
            String text = pages.get(page - 1);
            assertThat(text).as("page %d", page)
                    .contains("INC-2026-0007 · Payroll outage")
                    .contains("SEV1 · recovering · commander Priya Shah")
                    .contains("Printed 23 Nov 2026 20:05 by Priya Shah")
                    .contains("page " + page + " of " + pages.size());
            assertThat(PdfText.count(text, " of " + pages.size())).as("page %d", page).isOne();
        }
    }

    @Test
    void aTableThatContinuesRepeatsItsHeaderRowAndHeadingOnEachPage() {
        List<String> pages = PdfText.pages(printer.toPdf(document(new Heading("Open tasks"),
                tasks(120, "")), Paper.A4));

        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        for (int page = 1; page <= pages.size(); page++) {
            String text = pages.get(page - 1);
            assertThat(PdfText.count(text, "Assigned owner")).as("header rows on page %d", page).isOne();
            assertThat(text.contains("Open tasks (continued)")).as("continued on page %d", page).isEqualTo(page > 1);
        }
        assertThat(PdfText.all(printer.toPdf(document(new Heading("Open tasks"), tasks(120, "")), Paper.A4)))
                .contains("T-1000", "T-1060", "T-1119");
    }

    @Test
    void rowsAreNeverSplitAcrossPages() {
        List<String> pages = PdfText.pages(printer.toPdf(document(tasks(120, "")), Paper.A4));

        for (int row = 0; row < 120; row++) {
            String ref = "T-" + (1000 + row);
            String action = "Restore share " + row + " from backup";
            assertThat(pages).as(ref).anySatisfy(page -> assertThat(page).contains(ref).contains(action));
        }
    }

    @Test
    void theMoreLineFollowsTheLastRowOnItsPage() {
        List<String> pages = PdfText.pages(printer.toPdf(document(tasks(120, "and 240 more")), Paper.A4));

        String last = pages.getLast();
        assertThat(last).contains("T-1119");
        assertThat(last.indexOf("and 240 more")).isGreaterThan(last.indexOf("T-1119"));
        assertThat(PdfText.count(String.join("", pages), "and 240 more")).isOne();
    }

    @Test
    void namesInLatinVietnameseAndJapaneseReadBackAsWritten() {
        String names = "Zoë Łukasiewicz, Nguyễn Văn An and 東京";
        byte[] pdf = printer.toPdf(new PrintDocument(new RunningHead("Handover for Nguyễn Văn An", List.of("東京"),
                "Printed by Zoë Łukasiewicz"), List.of(Paragraph.plain(names),
                new Table(List.of(Column.left("Name", 1), Column.left("Site", 1)),
                        List.of(Row.of("Zoë Łukasiewicz", "東京"), Row.of("Nguyễn Văn An", "Hà Nội")), ""),
                new SignOff(List.of("Lead"), List.of("Nguyễn Văn An")))), Paper.A4);

        String text = PdfText.all(pdf);
        assertThat(text).contains(names, "Handover for Nguyễn Văn An", "Printed by Zoë Łukasiewicz");
        assertThat(text.lines()).anyMatch(line -> line.contains("Zoë Łukasiewicz") && line.contains("東京"))
                .anyMatch(line -> line.contains("Nguyễn Văn An") && line.contains("Hà Nội"));
    }

    @Test
    void decomposedAccentsPrintAsTheLettersTheyMake() {
        String decomposed = "Nguye\u0302\u0303n Va\u0306n An";

        assertThat(PdfText.all(printer.toPdf(document(Paragraph.plain(decomposed)), Paper.A4)))
                .contains("Nguyễn Văn An");
    }

    @Test
    void aCharacterNoFontHasPrintsAsAQuestionMark() {
        // U+1F9FF and U+10D00: one emoji and one Hanifi Rohingya letter, in neither DejaVu nor Droid Sans.
        String text = "before \uD83E\uDDFF \uD803\uDD00 after";

        assertThat(PdfText.all(printer.toPdf(document(Paragraph.plain(text)), Paper.A4)))
                .contains("before ? ? after");
    }

    @Test
    void aHeadingIsNeverTheLastThingOnAPage() {
        int movedToTheNextPage = 0;
        for (int filler = 56; filler <= 70; filler++) {
            byte[] pdf = printer.toPdf(document(fillerLines(filler), new Heading("Decisions this shift"),
                    Paragraph.plain("First decision under the heading\nSecond decision")), Paper.A4);
            List<String> pages = PdfText.pages(pdf);

            int heading = pageOf(pages, "Decisions this shift");
            assertThat(pages.get(heading)).as("%d filler lines", filler).contains("First decision under the heading");
            if (heading > pageOf(pages, "Filler line " + (filler - 1) + "\n")) {
                movedToTheNextPage++;
            }
        }
        assertThat(movedToTheNextPage).as("cases where the heading went over with what it heads").isPositive();
    }

    @Test
    void aHeadingOverATableKeepsWithItsHeaderAndFirstRows() {
        int movedToTheNextPage = 0;
        for (int filler = 56; filler <= 70; filler++) {
            byte[] pdf = printer.toPdf(document(fillerLines(filler), new Heading("Open tasks"), tasks(3, "")),
                    Paper.A4);
            List<String> pages = PdfText.pages(pdf);

            int heading = pageOf(pages, "Open tasks");
            assertThat(pages.get(heading)).as("%d filler lines", filler).contains("Assigned owner", "T-1000", "T-1001");
            if (heading > 0) {
                movedToTheNextPage++;
            }
        }
        assertThat(movedToTheNextPage).isPositive();
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void longWordsJapaneseAndNarrowColumnsWrapInsideTheMargins(Paper paper) {
        String longWord = "\\\\fs01.northwind.example\\finance\\payroll\\" + "archive".repeat(30);
        String japanese = "東京オフィスのノートパソコンを大阪倉庫より先に復旧する。金曜日に給与計算があるため".repeat(6);
        byte[] pdf = printer.toPdf(document(Paragraph.plain(longWord), Paragraph.plain(japanese),
                new Table(List.of(Column.left("Path", 1), Column.right("Note", 1), Column.left("Site", 4)),
                        List.of(new Row(List.of(Cell.plain(longWord), Cell.strong(japanese),
                                Cell.bar(0.5, longWord)))), ""),
                new Facts(List.of(new Fact("1,234,567,890,123", longWord, japanese)))), paper);

        assertThat(PdfText.glyphs(pdf).stream().mapToInt(List::size).sum()).isGreaterThan(3 * longWord.length());
        assertAllTextWithinTheMargins(pdf, paper);
        String text = PdfText.all(pdf).replaceAll("\\s", "");
        assertThat(text).contains(longWord, japanese);
    }

    @Test
    void aRowTallerThanAPageContinuesOnTheNextPageAndItsHeadingStaysWithTheRowsBeforeIt() {
        String tall = String.join("\n", IntStream.range(0, 150).mapToObj(i -> "note " + i).toList());
        byte[] pdf = printer.toPdf(document(fillerLines(20), new Heading("Notes by task"),
                new Table(List.of(Column.left("Ref", 1), Column.left("Notes", 4)),
                        List.of(Row.of("T-1", "short"), Row.of("T-2", tall), Row.of("T-3", "after")), "")),
                Paper.A4);

        List<String> pages = PdfText.pages(pdf);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        assertThat(pages.getFirst()).contains("Notes by task", "T-1");
        assertThat(PdfText.all(pdf)).contains("note 0", "note 75", "note 149", "T-3");
        for (String page : pages) {
            assertThat(PdfText.count(page, "Notes\n")).isOne();
        }
        assertAllTextWithinTheMargins(pdf, Paper.A4);
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void aFullHandoverSheetPrintsEverySiteInsideTheMargins(Paper paper) {
        byte[] pdf = printer.toPdf(HandoverSample.document(60), paper);

        assertThat(PdfText.all(pdf)).contains(HandoverSample.SITES).contains("T-1099", "and 240 more",
                "Incoming incident lead");
        assertAllTextWithinTheMargins(pdf, paper);
    }

    @Test
    void anEmptyDocumentIsOnePageWithItsHead() {
        List<String> pages = PdfText.pages(printer.toPdf(new PrintDocument(HEAD, List.of()), Paper.LETTER));

        assertThat(pages).singleElement().asString().contains("INC-2026-0007", "page 1 of 1");
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void pagesAreTheSizeOfThePaper(Paper paper) throws IOException {
        PDRectangle expected = paper == Paper.A4 ? PDRectangle.A4 : PDRectangle.LETTER;
        try (PDDocument pdf = Loader.loadPDF(printer.toPdf(document(tasks(120, "")), paper))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(expected.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(expected.getHeight());
            }
        }
    }

    @Test
    void fontsAreEmbeddedAsSubsetsAndTheFallbackOnlyWhenNeeded() throws IOException {
        assertThat(fontNames(printer.toPdf(document(new Heading("Sites"), Paragraph.plain("Zoë Łukasiewicz")),
                Paper.A4))).hasSize(2).allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSansCondensed(-Bold)?"));
        assertThat(fontNames(printer.toPdf(document(Paragraph.plain("東京")), Paper.A4)))
                .anyMatch(name -> name.matches("[A-Z]{6}\\+DroidSansFallback"))
                .allMatch(name -> name.matches("[A-Z]{6}\\+.*"));
        byte[] small = printer.toPdf(document(Paragraph.plain("東京")), Paper.A4);
        assertThat(small.length).as("bytes, with subsets of three fonts of 5 MB").isLessThan(100_000);
    }

    @Test
    void theDocumentSaysWhatItIsWhoMadeItAndWhen() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(printer.toPdf(document(), Paper.A4))) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("INC-2026-0007 · Payroll outage");
            assertThat(info.getAuthor()).isEqualTo("Sitrep");
            assertThat(info.getCreator()).isEqualTo("Sitrep");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(PRINTED);
        }
    }

    /// Every glyph starts and ends inside the margins, and its baseline is inside them too.
    private static void assertAllTextWithinTheMargins(byte[] pdf, Paper paper) {
        Sheet sheet = Sheet.of(paper);
        float slack = 0.01f;
        for (List<TextPosition> page : PdfText.glyphs(pdf)) {
            for (TextPosition glyph : page) {
                assertThat(glyph.getXDirAdj()).as(glyph.getUnicode()).isGreaterThanOrEqualTo(sheet.left() - slack);
                assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).as(glyph.getUnicode())
                        .isLessThanOrEqualTo(sheet.right() + slack);
                assertThat(glyph.getYDirAdj()).as(glyph.getUnicode())
                        .isBetween(sheet.top() - slack, sheet.bottom() + slack);
            }
        }
    }

    private static int pageOf(List<String> pages, String text) {
        for (int page = 0; page < pages.size(); page++) {
            if (pages.get(page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("no page says " + text);
    }

    private static Set<String> fontNames(byte[] bytes) throws IOException {
        Set<String> names = new HashSet<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    names.add(font.getName());
                }
            }
        }
        return names;
    }

    static PrintDocument document(Block... blocks) {
        return new PrintDocument(HEAD, Arrays.asList(blocks));
    }

    static Table tasks(int rows, String more) {
        List<Row> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            list.add(Row.of("T-" + (1000 + i), "Restore share " + i + " from backup"
                    + (i % 5 == 0 ? " and check the copy against its checksum before reopening it" : ""),
                    i % 2 == 0 ? "Priya Shah" : "Nguyễn Văn An", String.format("%02d:00", i % 24)));
        }
        return new Table(List.of(Column.left("Ref", 1), Column.left("Action", 5), Column.left("Assigned owner", 2),
                Column.right("Due", 1)), list, more);
    }

    private static Paragraph fillerLines(int count) {
        return Paragraph.plain(String.join("\n", IntStream.range(0, count).mapToObj(i -> "Filler line " + i)
                .toList()));
    }
}
