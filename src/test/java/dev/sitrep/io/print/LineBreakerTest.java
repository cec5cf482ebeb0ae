package dev.sitrep.io.print;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineBreakerTest {

    private final PDDocument document = new PDDocument();
    private final FontSet fonts = new FontSet(document);
    private final LineBreaker breaker = new LineBreaker(fonts);

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void wrapsBetweenWordsAndKeepsEveryLineWithinTheWidth() {
        String text = "Encryption stopped at 03:40 on day 1 when the file servers were isolated from the network.";

        List<String> lines = breaker.wrap(text, Style.BODY, 120);

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join(" ", lines)).isEqualTo(text);
        assertThat(lines).allSatisfy(line -> assertThat(fonts.width(line, Style.BODY)).isLessThanOrEqualTo(120));
    }

    @Test
    void neverBreaksATimeANumberOrACode() {
        // Each fits a line of its own, and no two share one.
        float width = fonts.width("1,879.5", Style.BODY) + 1;

        List<String> lines = breaker.wrap("was 520 at 08:00 for T-1040 with 1,879.5", Style.BODY, width);

        assertThat(lines).contains("08:00", "T-1040", "1,879.5");
    }

    @Test
    void breaksAWordLongerThanTheLineBetweenLetters() {
        String word = "Łukasiewicz".repeat(10);

        List<String> lines = breaker.wrap(word, Style.BODY, 60);

        assertThat(lines).hasSizeGreaterThan(3);
        assertThat(String.join("", lines)).isEqualTo(word);
        assertThat(lines).allSatisfy(line -> assertThat(fonts.width(line, Style.BODY)).isLessThanOrEqualTo(60));
    }

    @Test
    void wrapsJapaneseWhichHasNoSpaces() {
        String text = "東京オフィスのノートパソコンを大阪倉庫より先に復旧する";

        List<String> lines = breaker.wrap(text, Style.BODY, 50);

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join("", lines)).isEqualTo(text);
        assertThat(lines).allSatisfy(line -> assertThat(fonts.width(line, Style.BODY)).isLessThanOrEqualTo(50));
    }

    @Test
    void aLineBreakInTheTextAlwaysStartsALineAndEmptyLinesStay() {
        assertThat(breaker.wrap("first\r\nsecond\n\nfourth\rfifth", Style.BODY, 500))
                .containsExactly("first", "second", "", "fourth", "fifth");
        assertThat(breaker.wrap("", Style.BODY, 500)).containsExactly("");
    }

    @Test
    void fitCutsTextShortWithAnEllipsis() {
        String fitted = breaker.fit("Printed 23 Nov 2026 20:05 by Priya Shah for the incoming shift", Style.FOOTER, 80);

        assertThat(fitted).startsWith("Printed").endsWith("…");
        assertThat(fonts.width(fitted, Style.FOOTER)).isLessThanOrEqualTo(80);
        assertThat(breaker.fit("short", Style.FOOTER, 80)).isEqualTo("short");
    }
}
