package dev.sitrep.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Answers file choosers with the file a test sets (or cancels when it is `null`) and remembers the titles.
public final class ScriptedFilePicker implements FilePicker {

    public final List<String> asked = new ArrayList<>();
    public Path answer;

    @Override
    public Optional<Path> open(String title, FileKind kind) {
        asked.add(title);
        return Optional.ofNullable(answer);
    }

    @Override
    public Optional<Path> save(String title, FileKind kind, String suggestedName) {
        asked.add(title + " [" + suggestedName + "]");
        return Optional.ofNullable(answer);
    }
}
