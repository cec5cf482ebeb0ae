package dev.sitrep.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SitrepCommandTest {

    @TempDir
    Path home;

    @Test
    void helpListsTheSubcommandsAndTheDatabaseOption() {
        var run = new CommandLineRunner(home).run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: sitrep", "--db=PATH|JDBC-URL", "demo", "info", "inventory");
    }

    @Test
    void versionNamesSitrepAndTheJavaRunningIt() {
        var run = new CommandLineRunner(home).run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("sitrep ").contains("Java " + Runtime.version().feature());
    }

    @Test
    void subcommandsOfferHelpAndTheInheritedDatabaseOption() {
        var run = new CommandLineRunner(home).run("demo", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: sitrep demo", "zero-day, ransomware", "--scale=N", "--seed=S", "--db");
    }

    @Test
    void withoutSubcommandOpensTheConsoleOnTheDatabaseGivenByDb() {
        var runner = new CommandLineRunner(home);

        var run = runner.run("--db", home.resolve("war-room").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(runner.consolesOpened()).singleElement()
                .satisfies(location -> assertThat(location.display()).contains("war-room"));
    }

    @Test
    void withoutDbOpensTheConsoleOnTheDatabaseNamedBySitrepDb() {
        var runner = new CommandLineRunner(home, Map.of("SITREP_DB", home.resolve("from-env").toString()));

        var run = runner.run();

        assertThat(run.exitCode()).isZero();
        assertThat(runner.consolesOpened()).singleElement()
                .satisfies(location -> assertThat(location.display()).contains("from-env"));
    }

    @Test
    void unknownSubcommandFailsWithOneLineAndUsageExitCode() {
        var runner = new CommandLineRunner(home);

        var run = runner.run("explode");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .contains("explode").contains("see 'sitrep --help'");
        assertThat(runner.consolesOpened()).isEmpty();
    }
}
