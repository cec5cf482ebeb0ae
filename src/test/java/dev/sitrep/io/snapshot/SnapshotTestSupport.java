package dev.sitrep.io.snapshot;

import dev.sitrep.domain.Operator;
import dev.sitrep.domain.StaffRole;
import dev.sitrep.io.demo.DemoData;
import dev.sitrep.io.demo.DemoScenario;
import dev.sitrep.store.DatabaseLocation;
import dev.sitrep.store.SnapshotMode;
import dev.sitrep.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/// Databases on temporary files, demo data, and export and import in one line each.
abstract class SnapshotTestSupport {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final List<Store> opened = new ArrayList<>();

    @AfterEach
    void closeStores() {
        opened.forEach(Store::close);
    }

    Store database(String name) {
        Store store = Store.open(DatabaseLocation.ofFile(folder.resolve(name)), CLOCK);
        opened.add(store);
        return store;
    }

    Store zeroDay(String name) {
        Store store = database(name);
        DemoData.load(store, DemoScenario.ZERO_DAY, 1, DemoData.DEFAULT_SEED);
        return store;
    }

    Path export(Store store, String fileName) {
        Path file = folder.resolve(fileName);
        new SnapshotExporter(store, CLOCK).export(file, null, Progress.NONE);
        return file;
    }

    ImportSummary importInto(Store store, Path file, SnapshotMode mode) {
        return new SnapshotImporter(store).importFile(file, mode, operator(store), Progress.NONE);
    }

    /// Someone to name in the journal, without signing in (which would journal the sign-in).
    static Operator operator(Store store) {
        return new Operator(UUID.nameUUIDFromBytes(store.location().display().getBytes()), "Priya Shah",
                StaffRole.COMMANDER);
    }

    Path write(String fileName, String json) throws IOException {
        return Files.writeString(folder.resolve(fileName), json);
    }

    static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    static String withoutExportTime(String snapshot) {
        return snapshot.replaceFirst("\"exportedAt\":\"[^\"]*\"", "");
    }
}
