package dev.sitrep.io.snapshot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.sitrep.store.SnapshotSection;

import java.util.List;
import java.util.Map;

/// The snapshot file format: its name and version, the limits a file must stay within, and the JSON
/// mapping both directions share.
///
/// A snapshot is one JSON object: `format`, `version` and `exportedAt` first, then the sections in
/// [dev.sitrep.store.SnapshotSection#ALL] order, each an array with one row per line.
public final class SnapshotFormat {

    /// The `format` every snapshot names.
    public static final String FORMAT = "sitrep.snapshot";

    /// The newest `version` this build writes and reads.
    ///
    /// A new version is due when an older Sitrep could not read what this one writes: version 2 added the
    /// `templates` section (and journal entries about templates), which a version 1 reader would refuse as
    /// unknown fields and words, where "written by a newer Sitrep" is the message that helps.
    public static final int VERSION = 2;

    /// Each section and the version that brought it; sections not named here were in version 1.
    private static final Map<SnapshotSection<?>, Integer> SINCE = Map.of(SnapshotSection.TEMPLATES, 2);

    /// Rows one section may hold: ten times the largest incident the console is built for, and then some.
    static final long MAX_ROWS = 5_000_000;

    /// The longest text a file may hold in one value: a journal entry's details come closest.
    static final int MAX_STRING = 100_000;

    /// How deep objects and arrays may nest: a snapshot needs four levels.
    static final int MAX_DEPTH = 16;

    private SnapshotFormat() {
    }

    /// The version that brought `section` into the format.
    static int since(SnapshotSection<?> section) {
        return SINCE.getOrDefault(section, 1);
    }

    /// The sections a file of `version` may hold, in order: a replace from an older file leaves the others
    /// as they are.
    static List<SnapshotSection<?>> sectionsOf(int version) {
        return SnapshotSection.ALL.stream().filter(section -> since(section) <= version).toList();
    }

    static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(MAX_STRING)
                        .maxNestingDepth(MAX_DEPTH)
                        .maxNumberLength(20)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // A number where text belongs, or text where a number belongs, is a mistake in the file.
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, number -> number
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                .build();
    }

    /// One row per line, each on one line: readable, diffable, and an error's line number finds the row.
    static DefaultPrettyPrinter rowPerLine() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.NONE)
                .withRootSeparator(""));
        printer.indentObjectsWith(DefaultPrettyPrinter.NopIndenter.instance);
        printer.indentArraysWith(new DefaultIndenter("", DefaultIndenter.SYS_LF));
        return printer;
    }
}
