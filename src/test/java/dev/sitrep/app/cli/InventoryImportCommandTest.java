package dev.sitrep.app.cli;

import dev.sitrep.domain.JournalEntry;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryImportCommandTest {

    private static final String HEADER = "customer,site,hostname,kind,product,version,city,criticality";

    @TempDir
    Path home;

    private String database() {
        return home.resolve("inventory").toString();
    }

    private Path csv(String name, String text) throws IOException {
        return Files.writeString(home.resolve(name), text);
    }

    private Path acme() throws IOException {
        return csv("acme.csv", HEADER + "\r\n"
                + "Acme,Leeds,EXCH-01,server,Exchange,2019 CU14,Leeds,1\r\n"
                + "Acme,Leeds,EXCH-02,server,Exchange,2019 CU14,Leeds,1\r\n"
                + "\"Globex, Inc.\",Paris,DC-01,server,Windows Server,2022,Paris,2\r\n");
    }

    @Test
    void importsTheFileAndSaysWhatItDidInOneLine() throws IOException {
        var run = new CommandLineRunner(home).run("inventory", "import", acme().toString(), "--db", database(),
                "--as", "Priya Shah");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly("Imported acme.csv into " + home.resolve("inventory")
                + ": 3 new, 0 updated, 0 unchanged (2 new customers, 2 new sites)");
        assertThat(run.err()).isEmpty();
        try (Store store = open()) {
            assertThat(store.counts().devices()).isEqualTo(3);
            assertThat(store.journal().after(0, 100)).extracting(JournalEntry::actor).containsOnly("Priya Shah");
        }
    }

    @Test
    void importingTheSameFileTwiceChangesNothingAndSaysSo() throws IOException {
        var runner = new CommandLineRunner(home);
        runner.run("inventory", "import", acme().toString(), "--db", database());
        long journal = journalSize();

        var again = runner.run("--db", database(), "inventory", "import", acme().toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out().lines()).containsExactly("Nothing to change: 3 rows of acme.csv already in "
                + home.resolve("inventory"));
        assertThat(journalSize()).isEqualTo(journal);
    }

    @Test
    void dryRunSaysWhatWouldChangeAndWritesNothing() throws IOException {
        var runner = new CommandLineRunner(home);
        runner.run("inventory", "import", acme().toString(), "--db", database());
        long journal = journalSize();
        Path changed = csv("changed.csv", HEADER + "\n"
                + "Acme,Leeds,EXCH-01,server,Exchange,2019 CU15,Leeds,1\n"
                + "Acme,Leeds,EXCH-02,server,Exchange,2019 CU14,Leeds,1\n"
                + "Acme,Leeds,EXCH-03,server,Exchange,2019 CU15,Leeds,1\n");

        var run = runner.run("inventory", "import", changed.toString(), "--dry-run", "--db", database());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly("Would import changed.csv into " + home.resolve("inventory")
                + ": 1 new, 1 updated, 1 unchanged; dry run, nothing written");
        assertThat(journalSize()).isEqualTo(journal);
        try (Store store = open()) {
            assertThat(store.counts().devices()).isEqualTo(3);
        }
    }

    @Test
    void aFileWithProblemsListsEveryOneExitsWithOneAndWritesNothing() throws IOException {
        Path broken = csv("broken.csv", HEADER + "\n"
                + "Acme,Leeds,EXCH-01,server,Exchange,2019 CU14,Leeds,1\n"
                + "Acme,Leeds,EXCH-02,router,Exchange,2019 CU14,Leeds,5\n"
                + "Acme,Leeds,EXCH-03,server,Exchange,\"2019\nCU14\",Leeds,1\n"
                + "Acme,,EXCH-04,server,Exchange,2019 CU14,Leeds,1\n"
                + "acme,leeds,exch-01,server,Exchange,2019 CU14,Leeds,1\n");

        var run = new CommandLineRunner(home).run("inventory", "import", broken.toString(), "--db", database());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "broken.csv:3: column \"kind\": \"router\" is not a device kind; use one of server, workstation, network, "
                        + "equipment, other",
                "broken.csv:3: column \"criticality\": 5 is outside 1-3 (1 high, 3 low)",
                "broken.csv:6: column \"site\": is empty; every row names its customer, site and hostname",
                "broken.csv:7: column \"hostname\": EXCH-01 at Leeds (Acme) is listed twice, on line 2 and on line 7",
                "sitrep inventory import: 4 problems in broken.csv; nothing was imported");
        assertThat(journalSize()).isZero();
        try (Store store = open()) {
            assertThat(store.counts().isEmpty()).isTrue();
        }
    }

    @Test
    void theActorDefaultsToTheUserTheEnvironmentNames() throws IOException {
        var run = new CommandLineRunner(home, Map.of("USER", "sam")).run("inventory", "import", acme().toString(),
                "--db", database());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Store store = open()) {
            assertThat(store.journal().after(0, 100)).extracting(JournalEntry::actor).containsOnly("sam");
        }
    }

    @Test
    void aMissingFileIsOneLineAndNoDatabaseIsCreated() {
        var run = new CommandLineRunner(home).run("inventory", "import", home.resolve("missing.csv").toString(),
                "--db", database());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("sitrep inventory import: There is no file "
                + home.resolve("missing.csv") + ".");
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void theFileIsRequiredAndHelpDescribesTheFormat() {
        var runner = new CommandLineRunner(home);

        var missing = runner.run("inventory", "import", "--db", database());
        var help = runner.run("inventory", "import", "--help");
        var group = runner.run("inventory");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.errLines()).singleElement().asString().contains("Missing required parameter: 'FILE.csv'");
        assertThat(help.out()).contains("Usage: sitrep inventory import", "--dry-run", "--as=NAME", "--db",
                "customer,site,hostname,kind,product,version,city,criticality");
        assertThat(group.exitCode()).isEqualTo(2);
        assertThat(group.errLines()).singleElement().asString().contains("sitrep inventory import FILE.csv");
    }

    private Store open() {
        return Store.open(DatabaseLocation.ofFile(home.resolve("inventory")), Clock.systemUTC());
    }

    private long journalSize() {
        if (!Files.exists(home.resolve("inventory.mv.db"))) {
            return 0;
        }
        try (Store store = open()) {
            List<JournalEntry> entries = store.journal().after(0, 100_000);
            return entries.size();
        }
    }
}
