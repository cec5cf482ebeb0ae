package dev.sitrep.app.cli;

import dev.sitrep.io.snapshot.SnapshotFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotCommandsTest {

    @TempDir
    Path home;

    private final Map<String, String> environment = Map.of("USER", "kim");

    private CommandLineRunner.Run run(String... args) {
        return new CommandLineRunner(home, environment).run(args);
    }

    private String db(String name) {
        return home.resolve(name).toString();
    }

    @Test
    void exportsTheDatabaseAndImportsItIntoAnother() {
        run("demo", "zero-day", "--db", db("source"));
        Path file = home.resolve("night.json");

        var exported = run("export", "--out", file.toString(), "--db", db("source"));
        var imported = run("import", file.toString(), "--db", db("copy"));
        var info = run("info", "--db", db("copy"));

        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out().strip()).matches("Exported the database to .*night\\.json: [\\d,]+ rows, "
                + "\\d+\\.\\d [kM]B in \\d+\\.\\d s");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        // Unchanged: the three shipped templates, which every database has.
        assertThat(imported.out().strip()).matches("Merged night\\.json: [\\d,]+ added, 0 updated, 3 unchanged in .*");
        assertThat(info.out()).contains("26 customers");
    }

    @Test
    void exportsOneIncidentByItsCode() throws IOException {
        run("demo", "zero-day", "--db", db("source"));
        Path file = home.resolve("incident.json");

        var exported = run("export", "--incident", "INC-2026-0001", "--out", file.toString(), "--db", db("source"));

        assertThat(exported.out()).startsWith("Exported INC-2026-0001 to ");
        assertThat(Files.readString(file)).contains("\"scope\":{\"incident\":\"INC-2026-0001\"}");
    }

    @Test
    void anUnknownIncidentIsRefusedAndNoFileIsWritten() {
        run("demo", "zero-day", "--db", db("source"));
        Path file = home.resolve("none.json");

        var exported = run("export", "--incident", "INC-1999-0001", "--out", file.toString(), "--db", db("source"));

        assertThat(exported.exitCode()).isEqualTo(1);
        assertThat(exported.err()).contains("There is no incident INC-1999-0001");
        assertThat(file).doesNotExist();
    }

    @Test
    void aReplaceNeedsYes() {
        run("demo", "zero-day", "--db", db("source"));
        Path file = home.resolve("s.json");
        run("export", "--out", file.toString(), "--db", db("source"));

        var refused = run("import", file.toString(), "--mode", "replace", "--db", db("source"));
        var confirmed = run("import", file.toString(), "--mode", "replace", "--yes", "--as", "Priya Shah",
                "--db", db("source"));

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("add --yes to confirm");
        assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
        assertThat(confirmed.out()).startsWith("Replaced the database with s.json");
    }

    @Test
    void aBadSnapshotIsRefusedInOneLineThatSaysWhere() throws IOException {
        Path file = Files.writeString(home.resolve("bad.json"), "{\"format\":\"sitrep.snapshot\",\"version\":9}");

        var refused = run("import", file.toString(), "--db", db("target"));

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.errLines()).singleElement().asString()
                .isEqualTo("sitrep import: bad.json, line 1, column 29, at /version: the snapshot is version 9, "
                        + "newer than this Sitrep reads (up to " + SnapshotFormat.VERSION + "). Open it with a newer Sitrep.");
    }

    @Test
    void anUnknownModeIsABadArgument() {
        var refused = run("import", "x.json", "--mode", "overwrite", "--db", db("target"));

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("'overwrite' is not a mode: use merge or replace");
    }
}
