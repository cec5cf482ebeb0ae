package dev.sitrep.io.print;

import dev.sitrep.io.print.PrintDocument.Paper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PdfPagesTest {

    private final byte[] pdf = new PdfPrinter().toPdf(PdfPrinterTest.document(PdfPrinterTest.tasks(120, "")),
            Paper.LETTER);

    @Test
    void rendersOneImageAPageAtTheSizeTheDpiGives() {
        List<BufferedImage> pages = PdfPages.render(pdf, 100);

        assertThat(pages).hasSize(PdfPages.pageCount(pdf)).hasSizeGreaterThan(1);
        for (BufferedImage page : pages) {
            // Letter is 8.5 × 11 inches.
            assertThat(page.getWidth()).isCloseTo(850, within(1));
            assertThat(page.getHeight()).isCloseTo(1100, within(1));
        }
    }

    @Test
    void rendersOnePageWithInkOnIt() {
        BufferedImage page = PdfPages.render(pdf, 1, 72);

        assertThat(page.getWidth()).isCloseTo(612, within(1));
        assertThat(darkPixels(page)).as("pixels of text and rules").isGreaterThan(1000);
        assertThat(page.getRGB(2, 2) & 0xffffff).as("the margin").isEqualTo(0xffffff);
    }

    @Test
    void bytesThatAreNotAPdfAreReportedAsSuch() {
        assertThatThrownBy(() -> PdfPages.pageCount("not a pdf".getBytes()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Could not read the PDF");
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
