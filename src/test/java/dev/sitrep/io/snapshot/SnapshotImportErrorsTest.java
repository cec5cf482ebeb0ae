package dev.sitrep.io.snapshot;

import dev.sitrep.domain.Staff;
import dev.sitrep.store.SnapshotMode;
import dev.sitrep.store.Store;
import dev.sitrep.store.StoreCounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/// Every refusal leaves the database as it was and says what is wrong and where.
class SnapshotImportErrorsTest extends SnapshotTestSupport {

    private Store target;
    private StoreCounts before;
    private String snapshot;
    /// The row [#replaceInFirstRowOf] changed, as a JSON pointer without the leading slash.
    private String changedRow;

    @BeforeEach
    void exportADemoAndOpenATarget() throws IOException {
        Store source = zeroDay("source");
        snapshot = read(export(source, "good.json"));
        target = database("target");
        importInto(target, write("first.json", snapshot), SnapshotMode.MERGE);
        before = target.counts();
    }

    @Test
    void anotherFormatIsRefused() throws IOException {
        SnapshotException refused = refused(snapshot.replace("\"format\":\"sitrep.snapshot\"",
                "\"format\":\"acme.backup\""), SnapshotMode.MERGE);

        assertThat(refused.pointer()).isEqualTo("/format");
        assertThat(refused.line()).isEqualTo(1);
        assertThat(refused.problem()).contains("acme.backup").contains("sitrep.snapshot");
    }

    @Test
    void aNewerVersionIsRefusedWithAdvice() throws IOException {
        int newer = SnapshotFormat.VERSION + 1;
        SnapshotException refused = refused(snapshot.replace("\"version\":" + SnapshotFormat.VERSION,
                "\"version\":" + newer), SnapshotMode.MERGE);

        assertThat(refused.pointer()).isEqualTo("/version");
        assertThat(refused.problem()).contains("version " + newer).contains("newer Sitrep");
    }

    @Test
    void aFileWithoutFormatIsNotASnapshot() throws IOException {
        SnapshotException refused = refused("{\"customers\":[]}", SnapshotMode.MERGE);

        assertThat(refused.problem()).contains("\"format\" and \"version\" must come first");
    }

    @Test
    void aDuplicateIdIsRefusedAtItsSecondRow() throws IOException {
        List<String> lines = snapshot.lines().toList();
        int firstDevice = indexOfFirst(lines, "],\"devices\":[") + 1;
        String device = lines.get(firstDevice);
        String twice = String.join("\n", lines.subList(0, firstDevice + 1)) + "\n"
                + device.replaceFirst("\"hostname\":\"[^\"]*\"", "\"hostname\":\"COPY-01\"") + "\n"
                + String.join("\n", lines.subList(firstDevice + 1, lines.size()));

        SnapshotException refused = refused(twice, SnapshotMode.REPLACE);

        assertThat(refused.line()).isEqualTo(firstDevice + 2);
        assertThat(refused.pointer()).isEqualTo("/devices/1");
        assertThat(refused.problem()).contains("twice");
    }

    @Test
    void aSiteOfAnUnknownCustomerIsRefused() throws IOException {
        UUID nobody = UUID.randomUUID();
        String orphan = replaceInFirstRowOf("sites", "\"customerId\":\"[^\"]*\"", "\"customerId\":\"" + nobody + "\"");

        SnapshotException refused = refused(orphan, SnapshotMode.REPLACE);

        assertThat(refused.pointer()).isEqualTo("/" + changedRow);
        assertThat(refused.problem()).contains("\"customerId\"").contains(nobody.toString())
                .contains("not in this snapshot");
    }

    @Test
    void aTaskAssignedToUnknownStaffIsRefused() throws IOException {
        UUID stranger = UUID.randomUUID();
        String unknown = replaceInFirstRowOf("tasks", "\"assigneeId\":\"[^\"]*\"", "\"assigneeId\":\"" + stranger + "\"");

        SnapshotException refused = refused(unknown, SnapshotMode.MERGE);

        assertThat(refused.pointer()).isEqualTo("/" + changedRow);
        assertThat(refused.problem()).contains("\"assigneeId\"").contains(stranger.toString())
                .contains("nor in the database");
    }

    @Test
    void aValueOutsideItsWordsIsRefusedWithTheWordsThatAreAllowed() throws IOException {
        String mainframe = replaceInFirstRowOf("devices", "\"kind\":\"[a-z]*\"", "\"kind\":\"mainframe\"");

        SnapshotException refused = refused(mainframe, SnapshotMode.MERGE);

        assertThat(refused.pointer()).isEqualTo("/" + changedRow + "/kind");
        assertThat(refused.problem()).contains("\"mainframe\"").contains("server, workstation, network");
    }

    @Test
    void aCriticalityOutsideOneToThreeIsRefused() throws IOException {
        String five = replaceInFirstRowOf("devices", "\"criticality\":\\d", "\"criticality\":5");

        assertThat(refused(five, SnapshotMode.MERGE).pointer()).isEqualTo("/" + changedRow + "/criticality");
    }

    @Test
    void textWhereANumberBelongsIsRefused() throws IOException {
        String text = replaceInFirstRowOf("devices", "\"criticality\":(\\d)", "\"criticality\":\"$1\"");

        SnapshotException refused = refused(text, SnapshotMode.MERGE);

        assertThat(refused.pointer()).isEqualTo("/" + changedRow + "/criticality");
        assertThat(refused.problem()).contains("whole number");
    }

    @Test
    void aNameAlreadyTakenInTheDatabaseIsRefused() throws IOException {
        Staff someone = target.staff().all().getFirst();
        String clash = snapshot.replaceFirst("\\{\"id\":\"" + someone.id() + "\"", "{\"id\":\"" + UUID.randomUUID() + "\"");

        SnapshotException refused = refused(clash, SnapshotMode.MERGE);

        assertThat(refused.pointer()).startsWith("/staff/");
        assertThat(refused.problem()).contains(someone.name()).contains("in the database");
    }

    @Test
    void malformedJsonIsRefusedWithItsLineAndColumn() throws IOException {
        SnapshotException refused = refused("{\"format\":\"sitrep.snapshot\",\"version\":1,\n\"customers\":[{\"id\" 3}]}",
                SnapshotMode.MERGE);

        assertThat(refused.line()).isEqualTo(2);
        assertThat(refused.column()).isGreaterThan(1);
        assertThat(refused.problem()).startsWith("is not valid JSON");
    }

    @ParameterizedTest
    @EnumSource(SnapshotMode.class)
    void aTruncatedFileIsRefusedAndNothingIsWritten(SnapshotMode mode) throws IOException {
        SnapshotException refused = refused(snapshot.substring(0, snapshot.length() * 2 / 3), mode);

        assertThat(refused.problem()).contains("cut short");
        assertThat(refused.line()).isGreaterThan(100);
    }

    @Test
    void textBeyondTheLimitIsRefused() throws IOException {
        String huge = replaceInFirstRowOf("customers", "\"notes\":\"[^\"]*\"",
                "\"notes\":\"" + "x".repeat(SnapshotFormat.MAX_STRING + 1) + "\"");

        SnapshotException refused = refused(huge, SnapshotMode.MERGE);

        assertThat(refused.problem()).contains("beyond what a snapshot may hold");
    }

    @Test
    void textLongerThanItsFieldIsRefused() throws IOException {
        String long200 = replaceInFirstRowOf("customers", "\"tam\":\"[^\"]*\"", "\"tam\":\"" + "x".repeat(201) + "\"");

        SnapshotException refused = refused(long200, SnapshotMode.MERGE);

        assertThat(refused.pointer()).isEqualTo("/" + changedRow + "/tam");
        assertThat(refused.problem()).contains("201 characters").contains("at most 200");
    }

    @Test
    void anUnknownFieldIsRefused() throws IOException {
        String extra = replaceInFirstRowOf("customers", "\"tam\":", "\"colour\":\"red\",\"tam\":");

        SnapshotException refused = refused(extra, SnapshotMode.MERGE);

        assertThat(refused.pointer()).isEqualTo("/" + changedRow + "/colour");
        assertThat(refused.problem()).contains("\"colour\" is not a field");
    }

    @Test
    void sectionsOutOfOrderAreRefused() throws IOException {
        SnapshotException refused = refused("{\"format\":\"sitrep.snapshot\",\"version\":1,"
                + "\"exportedAt\":\"2026-11-23T09:30:00Z\",\"devices\":[],\"customers\":[]}", SnapshotMode.MERGE);

        assertThat(refused.problem()).contains("\"customers\" must come before \"devices\"");
    }

    @Test
    void anEmptyFileAndAnArrayAreNotSnapshots() throws IOException {
        assertThat(refused("", SnapshotMode.MERGE).problem()).isEqualTo("the file is empty.");
        assertThat(refused("[1, 2]", SnapshotMode.MERGE).problem()).contains("starts with an array");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = folder.resolve("missing.json");

        SnapshotException refused = catchThrowableOfType(SnapshotException.class,
                () -> importInto(target, missing, SnapshotMode.MERGE));

        assertThat(refused.getMessage()).isEqualTo("missing.json: there is no such file.");
    }

    @Test
    void theMessageSaysFileLineColumnAndPointer() throws IOException {
        String mainframe = replaceInFirstRowOf("devices", "\"kind\":\"[a-z]*\"", "\"kind\":\"mainframe\"");

        SnapshotException refused = refused(mainframe, SnapshotMode.MERGE);

        assertThat(refused.getMessage()).matches("bad\\.json, line \\d+, column \\d+, at /" + changedRow + "/kind: .*");
    }

    /// Imports `json` and expects it refused with the database untouched.
    private SnapshotException refused(String json, SnapshotMode mode) throws IOException {
        Path file = write("bad.json", json);
        SnapshotException refused = catchThrowableOfType(SnapshotException.class,
                () -> importInto(target, file, mode));
        assertThat(refused).as("import of a bad snapshot").isNotNull();
        assertThat(target.counts()).as("nothing written").isEqualTo(before);
        return refused;
    }

    /// The snapshot with `regex` replaced in the first row of `section` that has a match.
    private String replaceInFirstRowOf(String section, String regex, String replacement) {
        List<String> lines = snapshot.lines().collect(Collectors.toList());
        Pattern pattern = Pattern.compile(regex);
        int first = indexOfFirst(lines, "\"" + section + "\":[") + 1;
        for (int row = first; !lines.get(row).startsWith("]"); row++) {
            if (pattern.matcher(lines.get(row)).find()) {
                changedRow = section + "/" + (row - first);
                lines.set(row, pattern.matcher(lines.get(row)).replaceFirst(replacement));
                return String.join("\n", lines);
            }
        }
        throw new AssertionError("no row of " + section + " matches " + regex);
    }

    private static int indexOfFirst(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line holds " + text);
    }
}
