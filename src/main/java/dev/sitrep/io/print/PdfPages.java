package dev.sitrep.io.print;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/// The pages of a PDF as images: to preview on screen, and to print through a printer dialog that takes
/// images. A page at `dpi` dots per inch is its size in inches times `dpi` pixels, A4 at 150 dpi 1240 × 1754.
public final class PdfPages {

    private PdfPages() {
    }

    public static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /// Every page, in order.
    public static List<BufferedImage> render(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return pages;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /// One page, counted from 0: for printing at a printer's resolution one page at a time, as a whole
    /// document at 300 dpi takes more memory than a preview should.
    public static BufferedImage render(byte[] pdf, int page, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (page < 0 || page >= document.getNumberOfPages()) {
                throw new IndexOutOfBoundsException("page " + page + " of a PDF with "
                        + document.getNumberOfPages() + " pages");
            }
            return new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static UncheckedIOException unreadable(IOException e) {
        return new UncheckedIOException("Could not read the PDF: " + e.getMessage(), e);
    }
}
