package dev.sitrep.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/// Answers file choosers with the files a test lines up (cancelling when none is left) and remembers what
/// was asked.
public final class ScriptedFilePicker implements FilePicker {

    /// Each chooser's title, with the suggested name for a save: "Export … [sitrep-2026-11-23.json]".
    public final List<String> asked = new ArrayList<>();
    public final List<FileKind> kinds = new ArrayList<>();
    private final Deque<Path> answers = new ArrayDeque<>();

    /// Lines up `file` as the answer to the next chooser.
    public ScriptedFilePicker answer(Path file) {
        answers.add(file);
        return this;
    }

    @Override
    public Optional<Path> open(String title, FileKind kind) {
        asked.add(title);
        kinds.add(kind);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> save(String title, FileKind kind, String suggestedName) {
        asked.add(title + " [" + suggestedName + "]");
        kinds.add(kind);
        return Optional.ofNullable(answers.poll());
    }
}
