package dev.sitrep.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommandTest {

    @TempDir
    Path home;

    private String database() {
        return home.resolve("demo").toString();
    }

    @Test
    void loadsTheZeroDayDemoAndSaysWhatItLoadedInOneLine() {
        var run = new CommandLineRunner(home).run("demo", "zero-day", "--db", database());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).singleElement().asString()
                .matches("Loaded zero-day demo INC-\\d{4}-\\d{4}: 26 customers, 59 devices \\(40 affected\\), [\\d,]+ tasks, "
                        + "[\\d,]+ communications, [\\d,]+ journal entries into .*demo \\(\\d+\\.\\d s\\)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void dbMayComeBeforeTheSubcommand() {
        var runner = new CommandLineRunner(home);
        runner.run("--db", database(), "demo", "zero-day");

        var info = runner.run("info", "--db", database());

        assertThat(info.out()).contains("26 customers");
    }

    @Test
    void unknownScenarioIsRefusedWithTheNamesItAcceptsAndWritesNothing() {
        var run = new CommandLineRunner(home).run("demo", "phishing", "--db", database());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .contains("'phishing' is not a demo scenario; choose one of zero-day, ransomware")
                .contains("see 'sitrep demo --help'");
        assertThat(run.out()).isEmpty();
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void scaleZeroIsRefusedWithTheAllowedRangeAndWritesNothing() {
        var run = new CommandLineRunner(home).run("demo", "ransomware", "--scale", "0", "--db", database());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .contains("--scale must be between 1 and " + DemoCommand.MAX_SCALE + ", was 0");
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void scaleThatIsNotANumberGetsPicocliMessage() {
        var run = new CommandLineRunner(home).run("demo", "zero-day", "--scale", "lots", "--db", database());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("--scale").contains("'lots'");
    }

    @Test
    void missingScenarioIsNamed() {
        var run = new CommandLineRunner(home).run("demo", "--db", database());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("Missing required parameter: 'SCENARIO'");
    }
}
