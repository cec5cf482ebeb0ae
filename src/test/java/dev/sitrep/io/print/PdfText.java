package dev.sitrep.io.print;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/// What a PDF says, read back the way a PDF reader's copy and search read it.
final class PdfText {

    private PdfText() {
    }

    /// The text of each page, in order.
    static List<String> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String all(byte[] pdf) {
        return String.join("", pages(pdf));
    }

    /// Every glyph drawn, page by page.
    static List<List<TextPosition>> glyphs(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<List<TextPosition>> pages = new ArrayList<>();
            PDFTextStripper collector = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    pages.getLast().add(text);
                }
            };
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                pages.add(new ArrayList<>());
                collector.setStartPage(page);
                collector.setEndPage(page);
                collector.getText(document);
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// How many times `text` occurs in `page`.
    static int count(String page, String text) {
        int count = 0;
        for (int at = page.indexOf(text); at >= 0; at = page.indexOf(text, at + text.length())) {
            count++;
        }
        return count;
    }
}
