package dev.sitrep.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class InfoCommandTest {

    @TempDir
    Path home;

    private String database() {
        return home.resolve("info").toString();
    }

    @Test
    void emptyDatabaseShowsWhereItIsItsSchemaAndZeroCounts() {
        var run = new CommandLineRunner(home).run("info", "--db", database());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Database:   " + home.resolve("info"))
                .containsPattern("Schema: +version \\S+")
                .contains("0 customers, 0 sites, 0 devices", "0 incidents", "Journal:    0 entries")
                .contains("The database is empty");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void afterTheZeroDayDemoShowsItsCounts() {
        var runner = new CommandLineRunner(home);
        runner.run("demo", "zero-day", "--db", database());

        var run = runner.run("info", "--db", database());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("26 customers", "59 devices", "1 incident with 40 impacts")
                .doesNotContain("The database is empty");
    }

    @Test
    void databaseThatCannotBeOpenedFailsWithOneLineAndNoStackTrace() throws IOException {
        Path notAFolder = Files.writeString(home.resolve("plain-file"), "not a folder");

        var run = new CommandLineRunner(home).run("info", "--db", notAFolder.resolve("db").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("sitrep info: ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Path notAFolder = Files.writeString(home.resolve("plain-file"), "not a folder");

        var run = new CommandLineRunner(home).run("info", "--verbose", "--db", notAFolder.resolve("db").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("sitrep info: ").contains("\tat ");
    }
}
