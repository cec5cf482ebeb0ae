package dev.sitrep.io.print;

import dev.sitrep.io.print.PrintDocument.Paper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.UUID;

/// Prints a [PrintDocument] as a PDF: A4 or Letter pages with the running head and "page N of M" on each,
/// set in DejaVu Sans Condensed (Droid Sans Fallback for Chinese, Japanese and Korean), embedded as subsets
/// of the glyphs used, in black and greys only. [PdfPages] turns the PDF into images to preview and print.
public final class PdfPrinter {

    static final String AUTHOR = "Sitrep";

    private final Clock clock;

    public PdfPrinter() {
        this(Clock.systemDefaultZone());
    }

    /// @param clock the time the PDF says it was created
    public PdfPrinter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /// The document as the bytes of a PDF file.
    public byte[] toPdf(PrintDocument document, Paper paper) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(paper, "paper");
        try (PDDocument pdf = new PDDocument()) {
            lay(document, Sheet.of(paper), pdf);
            describe(document, pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            // Nothing here reads or writes a file: the fonts are part of the application.
            throw new UncheckedIOException("Could not lay out the PDF: " + e.getMessage(), e);
        }
    }

    /// Writes the document as a PDF to `file`, replacing it. The file appears only when complete: a print
    /// that fails leaves the old file, or none, rather than half a PDF.
    ///
    /// @throws UncheckedIOException naming the file, when it cannot be written
    public void write(PrintDocument document, Paper paper, Path file) {
        save(toPdf(document, paper), file);
    }

    /// Writes a PDF made by [#toPdf] to `file`, replacing it, as [#write] does.
    ///
    /// @throws UncheckedIOException naming the file, when it cannot be written
    public static void save(byte[] pdf, Path file) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path partial = null;
        try {
            // Beside the file, so the move is a rename; named uniquely, so two prints never share one.
            partial = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
            Files.write(partial, pdf, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            moveIntoPlace(partial, target);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("Could not write " + target + ": the folder " + folder
                    + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new UncheckedIOException("Could not write " + target + ": access denied to " + e.getFile()
                    + " (is the file open in another program?)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target + ": " + e, e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static void lay(PrintDocument document, Sheet sheet, PDDocument pdf) throws IOException {
        FontSet fonts = new FontSet(pdf);
        LineBreaker breaker = new LineBreaker(fonts);
        PageFrame frame = new PageFrame(document.head(), sheet, breaker);
        PageFlow flow = new PageFlow(pdf, sheet, fonts, frame.bodyTop(), frame.bodyBottom());
        flow.place(new BodyLayout(sheet, breaker, flow.pageHeight()).slices(document.blocks()));
        frame.stamp(pdf, fonts);
    }

    private void describe(PrintDocument document, PDDocument pdf) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.head().title());
        info.setAuthor(AUTHOR);
        info.setCreator(AUTHOR);
        GregorianCalendar created = GregorianCalendar.from(clock.instant().atZone(clock.getZone()));
        info.setCreationDate(created);
        info.setModificationDate(created);
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Only a leftover of a failed write; the failure itself is what gets reported.
        }
    }
}
