package dev.sitrep.app.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class HandoverCommandTest {

    @TempDir
    Path home;

    private CommandLineRunner sitrep;

    @BeforeEach
    void loadTheZeroDay() {
        sitrep = new CommandLineRunner(home);
        assertThat(sitrep.run("demo", "zero-day", "--db", database()).exitCode()).isZero();
    }

    @Test
    void writesTheSheetOfTheLatestShiftAndSaysSoInOneLine() throws IOException {
        Path out = home.resolve("handover.pdf");

        var run = sitrep.run("handover", "--out", out.toString(), "--paper", "letter", "--db", database());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).singleElement().asString()
                .matches("Wrote .*handover\\.pdf: the handover of INC-\\d{4}-\\d{4} for \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d "
                        + "to \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d, \\d+ pages? \\(Letter\\)\\.");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
        }
    }

    @Test
    void aWindowGivenByHandIsTheOneCovered() {
        Path out = home.resolve("night.pdf");

        var run = sitrep.run("handover", "--out", out.toString(), "--from", "-12h", "--to", "now", "--paper", "a4",
                "--incoming", "Nguyễn Văn An", "--db", database());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("(A4).");
        assertThat(out).isRegularFile();
    }

    @Test
    void badOptionsAreNamedAndWriteNothing() {
        Path out = home.resolve("bad.pdf");

        var paper = sitrep.run("handover", "--out", out.toString(), "--paper", "a3", "--db", database());
        var from = sitrep.run("handover", "--out", out.toString(), "--from", "this morning", "--db", database());
        var backwards = sitrep.run("handover", "--out", out.toString(), "--from", "-2h", "--to", "-3h",
                "--db", database());
        var incident = sitrep.run("handover", "--out", out.toString(), "--incident", "INC-1999-0001",
                "--db", database());

        assertThat(paper.exitCode()).isEqualTo(2);
        assertThat(paper.err()).contains("--paper: \"a3\" is not a paper size: write a4 or letter.");
        assertThat(from.exitCode()).isEqualTo(2);
        assertThat(from.err()).contains("--from: \"this morning\" is not a time: write 08:00, -12h");
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.err()).contains("--to must be after --from");
        assertThat(incident.exitCode()).isEqualTo(1);
        assertThat(incident.err()).contains("No incident INC-1999-0001 in the database.");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFolderThatIsNotThereIsNamed() {
        Path out = home.resolve("missing").resolve("handover.pdf");

        var run = sitrep.run("handover", "--out", out.toString(), "--db", database());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(out.toString());
        assertThat(out.getParent()).doesNotExist();
    }

    private String database() {
        return home.resolve("db").toString();
    }
}
