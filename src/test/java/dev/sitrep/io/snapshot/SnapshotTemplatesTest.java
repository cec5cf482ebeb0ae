package dev.sitrep.io.snapshot;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.MessageTemplate;
import dev.sitrep.store.SnapshotMode;
import dev.sitrep.store.SnapshotSection;
import dev.sitrep.store.Store;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotTemplatesTest extends SnapshotTestSupport {

    @Test
    void templatesAndTheirHistoryTravelToAnotherDatabase() {
        Store source = zeroDay("source");
        MessageTemplate added = source.templates().save(new MessageTemplate(UUID.randomUUID(), "Hourly — 東京",
                "{incident} for {customer}", "Hello {contact},\n\nZoë", CLOCK.instant()), operator(source));
        MessageTemplate shipped = source.templates().all().stream()
                .filter(template -> template.name().equals("Status update")).findFirst().orElseThrow();
        source.templates().save(new MessageTemplate(shipped.id(), shipped.name(), shipped.subject(),
                shipped.body() + "\n\nOur duty line: +44 113 496 0000", shipped.updatedAt()), operator(source));
        Store copy = database("copy");

        ImportSummary imported = importInto(copy, export(source, "snapshot.json"), SnapshotMode.MERGE);

        assertThat(copy.templates().all()).containsExactlyElementsOf(source.templates().all());
        assertThat(imported.result().of(SnapshotSection.TEMPLATES).added()).isEqualTo(1);
        assertThat(imported.result().of(SnapshotSection.TEMPLATES).updated()).isEqualTo(1);
        assertThat(copy.journal().after(0, 1_000_000)).filteredOn(entry -> entry.entity() == EntityType.TEMPLATE)
                .extracting(JournalEntry::entityId)
                .contains(added.id().toString(), shipped.id().toString());
    }

    @Test
    void aTemplateNameTakenByAnotherTemplateIsRefused() {
        Store source = database("source");
        source.templates().save(new MessageTemplate(UUID.randomUUID(), "Hourly update", "", "", CLOCK.instant()),
                operator(source));
        Store target = database("target");
        target.templates().save(new MessageTemplate(UUID.randomUUID(), "Hourly update", "", "", CLOCK.instant()),
                operator(target));

        assertThatThrownBy(() -> importInto(target, export(source, "snapshot.json"), SnapshotMode.MERGE))
                .isInstanceOf(SnapshotException.class)
                .hasMessageContaining("/templates/")
                .hasMessageContaining("\"Hourly update\" is already the name of the template");
    }

    @Test
    void anIncidentSnapshotHoldsNoTemplates() throws IOException {
        Store store = zeroDay("source");
        Path file = folder.resolve("incident.json");

        new SnapshotExporter(store, CLOCK).export(file, "INC-2026-0001", Progress.NONE);

        assertThat(read(file)).contains("\"scope\":{\"incident\":\"INC-2026-0001\"}")
                .doesNotContain("{\"id\":\"5d0c7a53-64a2-4c1e-9b0e-3f6f2c9a1001\"").doesNotContain("Planned downtime agreed");
    }

    @Test
    void aVersionOneFileIsStillReadAndItsReplaceLeavesTheTemplates() throws IOException {
        Store target = database("target");
        MessageTemplate ours = target.templates().save(new MessageTemplate(UUID.randomUUID(), "Ours", "", "",
                CLOCK.instant()), operator(target));
        Path versionOne = write("old.json", asVersionOne(read(export(zeroDay("source"), "new.json"))));

        importInto(target, versionOne, SnapshotMode.REPLACE);

        assertThat(target.incidents().all()).hasSize(1);
        assertThat(target.templates().all()).hasSize(4).contains(ours);
        JournalEntry last = target.journal().after(0, 1_000_000).getLast();
        assertThat(last.action()).isEqualTo(JournalAction.REPLACED);
    }

    @Test
    void aVersionOneFileWithTemplatesIsRefused() throws IOException {
        String snapshot = read(export(database("source"), "new.json"));
        Path file = write("odd.json", snapshot.replace("\"version\":" + SnapshotFormat.VERSION, "\"version\":1"));

        assertThatThrownBy(() -> importInto(database("target"), file, SnapshotMode.MERGE))
                .isInstanceOf(SnapshotException.class)
                .hasMessageContaining("\"templates\" came with snapshot version 2, but the file says it is version 1");
    }

    /// The snapshot as Sitrep wrote it before templates: version 1, without their section and entries.
    private static String asVersionOne(String snapshot) {
        return snapshot.replace("\"version\":" + SnapshotFormat.VERSION, "\"version\":1")
                .replaceFirst(",\"templates\":\\[[^]]*]", "")
                .lines().filter(line -> !line.contains("\"entity\":\"template\""))
                .collect(Collectors.joining("\n"));
    }
}
