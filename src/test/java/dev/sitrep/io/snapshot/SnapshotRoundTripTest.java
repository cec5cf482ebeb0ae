package dev.sitrep.io.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.sitrep.domain.Customer;
import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.Incident;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.store.SnapshotMode;
import dev.sitrep.store.SnapshotSection;
import dev.sitrep.store.Store;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotRoundTripTest extends SnapshotTestSupport {

    @Test
    void exportImportExportGivesTheSameFileButForTheExportTime() throws IOException {
        Path first = export(zeroDay("source"), "first.json");
        Store copy = database("copy");

        ImportSummary imported = importInto(copy, first, SnapshotMode.MERGE);
        Path second = export(copy, "second.json");

        assertThat(imported.result().total().added()).isGreaterThan(1_000);
        assertThat(withoutExportTime(read(second))).isEqualTo(withoutExportTime(read(first)));
        assertThat(read(first)).contains("\"exportedAt\":\"2026-11-23T09:30:00Z\"");
    }

    @Test
    void everyExportValidatesAgainstTheSchemaThatShipsWithSitrep() throws IOException {
        Store store = zeroDay("source");
        DemoData.load(store, DemoScenario.RANSOMWARE, 1, DemoData.DEFAULT_SEED);
        JsonSchema schema = schema();

        for (String incident : new String[]{null, "INC-2026-0002"}) {
            Path file = folder.resolve("export-" + incident + ".json");
            new SnapshotExporter(store, CLOCK).export(file, incident, Progress.NONE);
            Set<ValidationMessage> problems = schema.validate(new ObjectMapper().readTree(file.toFile()));
            assertThat(problems).as("schema problems of %s", file.getFileName()).isEmpty();
        }
    }

    @Test
    void theSchemaRejectsWhatTheImporterRejects() throws IOException {
        JsonNode snapshot = new ObjectMapper().readTree(read(export(zeroDay("source"), "ok.json"))
                .replace("\"kind\":\"server\"", "\"kind\":\"mainframe\""));

        assertThat(schema().validate(snapshot)).isNotEmpty();
    }

    @Test
    void theDocumentedSchemaIsTheOneThatShips() throws IOException {
        try (InputStream shipped = schemaStream()) {
            assertThat(new String(shipped.readAllBytes())).isEqualTo(Files.readString(Path.of("docs/snapshot.schema.json")));
        }
    }

    @Test
    void anIncidentSnapshotHoldsThatIncidentAndOnlyTheInventoryItTouches() throws IOException {
        Store store = zeroDay("source");
        DemoData.load(store, DemoScenario.RANSOMWARE, 1, DemoData.DEFAULT_SEED);
        Path file = folder.resolve("ransomware.json");

        ExportSummary summary = new SnapshotExporter(store, CLOCK).export(file, "INC-2026-0002", Progress.NONE);
        Store copy = database("copy");
        importInto(copy, file, SnapshotMode.MERGE);

        assertThat(summary.incident()).isEqualTo("INC-2026-0002");
        assertThat(read(file)).contains("\"scope\":{\"incident\":\"INC-2026-0002\"}");
        assertThat(copy.incidents().all()).extracting(Incident::code).containsExactly("INC-2026-0002");
        assertThat(copy.inventory().customers()).as("the ransomware customer and those whose work it deferred")
                .hasSizeLessThan(store.inventory().customers().size())
                .extracting(Customer::name).contains("Arden Valley Manufacturing plc");
        assertThat(copy.counts().devices()).isEqualTo(copy.counts().impacts()).isEqualTo(3_000);
        assertThat(copy.journal().forIncident(copy.incidents().all().getFirst().id(), 1_000_000))
                .hasSize(store.journal().forIncident(store.incidents().findByCode("INC-2026-0002").orElseThrow().id(),
                        1_000_000).size());
    }

    @Test
    void mergingTheSameSnapshotAgainChangesNothing() {
        Store store = zeroDay("source");
        Path file = export(store, "snapshot.json");
        long journal = store.counts().journal();

        ImportSummary again = importInto(store, file, SnapshotMode.MERGE);

        assertThat(again.result().total().added()).isZero();
        assertThat(again.result().total().updated()).isZero();
        assertThat(again.describe()).contains("changed nothing");
        assertThat(store.counts().journal()).isEqualTo(journal);
    }

    @Test
    void aMergeUpdatesWhatChangedByIdAndJournalsEachUpdate() throws IOException {
        Store store = zeroDay("source");
        Customer customer = store.inventory().customers().getFirst();
        String row = "{\"id\":\"" + customer.id() + "\"";
        Path file = write("changed.json", read(export(store, "snapshot.json")).lines()
                .map(line -> line.startsWith(row) ? line.replace(customer.notes(), "Call the duty manager first.") : line)
                .collect(Collectors.joining("\n")));

        ImportSummary merged = importInto(store, file, SnapshotMode.MERGE);

        assertThat(merged.result().of(SnapshotSection.CUSTOMERS).updated()).isGreaterThanOrEqualTo(1);
        assertThat(merged.result().of(SnapshotSection.CUSTOMERS).added()).isZero();
        assertThat(store.inventory().customer(customer.id()).orElseThrow().notes())
                .isEqualTo("Call the duty manager first.");
        JournalEntry update = store.journal().after(0, 1_000_000).getLast();
        assertThat(update.action()).isEqualTo(JournalAction.UPDATED);
        assertThat(update.entityId()).isEqualTo(customer.id().toString());
        assertThat(update.detail("fields")).isEqualTo("notes");
        assertThat(update.actor()).isEqualTo("Priya Shah");
    }

    @Test
    void aSnapshotWithoutJournalGetsAnEntryForEachRowItAdds() throws IOException {
        String snapshot = read(export(zeroDay("source"), "snapshot.json"));
        Path noJournal = write("no-journal.json", snapshot.substring(0, snapshot.indexOf(",\"journal\":[")) + "}");
        Store copy = database("copy");

        ImportSummary merged = importInto(copy, noJournal, SnapshotMode.MERGE);

        List<JournalEntry> entries = copy.journal().after(0, 1_000_000);
        assertThat(entries).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(JournalAction.IMPORTED);
            assertThat(entry.detail("snapshot")).isEqualTo("no-journal.json");
        });
        long journaledRows = merged.result().total().added()
                - merged.result().of(SnapshotSection.COMMITMENT_REVISIONS).added();
        assertThat(entries).hasSize((int) journaledRows);
    }

    @Test
    void aReplaceSwapsEverythingInOneGoAndJournalsIt() {
        Store target = zeroDay("target");
        Store other = database("other");
        DemoData.load(other, DemoScenario.RANSOMWARE, 1, DemoData.DEFAULT_SEED);
        Path file = export(other, "other.json");
        long headBefore = target.journal().latestSeq();

        ImportSummary replaced = importInto(target, file, SnapshotMode.REPLACE);

        assertThat(target.incidents().all()).extracting(Incident::title)
                .containsExactlyElementsOf(other.incidents().all().stream().map(Incident::title).toList());
        assertThat(target.counts()).isEqualTo(withOneMoreJournalEntry(other));
        JournalEntry last = target.journal().after(0, 1_000_000).getLast();
        assertThat(last.entity()).isEqualTo(EntityType.DATABASE);
        assertThat(last.action()).isEqualTo(JournalAction.REPLACED);
        assertThat(last.detail("name")).isEqualTo("other.json");
        assertThat(target.journal().after(0, 1).getFirst().seq())
                .as("new entries are numbered after the old head, so change feeds see them")
                .isGreaterThan(headBefore);
        assertThat(replaced.describe()).startsWith("Replaced the database with other.json");
    }

    @Test
    void aCancelledImportWritesNothing() {
        Store source = database("source");
        DemoData.load(source, DemoScenario.RANSOMWARE, 1, DemoData.DEFAULT_SEED);
        Path file = export(source, "snapshot.json");
        Store target = database("target");
        var before = target.counts();

        assertThatThrownBy(() -> new SnapshotImporter(target).importFile(file, SnapshotMode.MERGE,
                operator(target), cancelAfter(3)))
                .isInstanceOf(CancellationException.class);
        assertThat(target.counts()).isEqualTo(before);
    }

    @Test
    void aCancelledExportLeavesNoFile() {
        Store source = database("source");
        DemoData.load(source, DemoScenario.RANSOMWARE, 1, DemoData.DEFAULT_SEED);
        Path file = folder.resolve("cancelled.json");

        assertThatThrownBy(() -> new SnapshotExporter(source, CLOCK).export(file, null, cancelAfter(3)))
                .isInstanceOf(CancellationException.class);
        assertThat(file).doesNotExist();
        assertThat(folder.resolve("cancelled.json.part")).doesNotExist();
    }

    @Test
    void progressReachesTheTotal() {
        Store store = zeroDay("source");
        long[] last = new long[2];
        Progress recording = new Progress() {
            @Override
            public void worked(long done, long total) {
                last[0] = done;
                last[1] = total;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        ExportSummary summary = new SnapshotExporter(store, CLOCK).export(folder.resolve("s.json"), null, recording);

        assertThat(last[0]).isEqualTo(last[1]).isEqualTo(summary.rows());
    }

    private static Progress cancelAfter(int reports) {
        return new Progress() {
            private int seen;

            @Override
            public void worked(long done, long total) {
                seen++;
            }

            @Override
            public boolean isCancelled() {
                return seen >= reports;
            }
        };
    }

    private static dev.sitrep.store.StoreCounts withOneMoreJournalEntry(Store store) {
        var c = store.counts();
        return new dev.sitrep.store.StoreCounts(c.customers(), c.sites(), c.devices(), c.staff(), c.incidents(),
                c.impacts(), c.tasks(), c.communications(), c.commitments(), c.deferredWork(), c.shifts(),
                c.journal() + 1);
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = schemaStream()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static InputStream schemaStream() {
        return SnapshotFormat.class.getResourceAsStream("snapshot.schema.json");
    }
}
