package dev.sitrep.io.print;

import dev.sitrep.io.print.PrintDocument.Paper;
import dev.sitrep.io.print.PrintDocument.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfPrinterWriteTest {

    @TempDir
    Path folder;

    private final PdfPrinter printer = new PdfPrinter();

    @Test
    void writesThePdfAndReplacesAnOlderOneLeavingNothingElse() throws IOException {
        Path file = folder.resolve("handover.pdf");
        Files.writeString(file, "an older handover");

        printer.write(PdfPrinterTest.document(Paragraph.plain("Restore order agreed")), Paper.A4, file);

        byte[] written = Files.readAllBytes(file);
        assertThat(new String(written, 0, 5)).isEqualTo("%PDF-");
        assertThat(PdfText.all(written)).contains("Restore order agreed");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFolderThatDoesNotExistIsNamedInTheMessageAndNothingIsLeft() throws IOException {
        Path file = folder.resolve("no such folder").resolve("handover.pdf");

        assertThatThrownBy(() -> printer.write(PdfPrinterTest.document(), Paper.A4, file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("does not exist");
        assertThat(file.getParent()).doesNotExist();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFileThatCannotBeReplacedKeepsItsContentAndLeavesNoPartialFile() throws IOException {
        Path file = folder.resolve("handover.pdf");
        Files.createDirectory(file);
        Files.writeString(file.resolve("inside.txt"), "keeps the folder from being replaced");

        assertThatThrownBy(() -> printer.write(PdfPrinterTest.document(), Paper.A4, file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString());
        assertThat(file.resolve("inside.txt")).hasContent("keeps the folder from being replaced");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }
}
