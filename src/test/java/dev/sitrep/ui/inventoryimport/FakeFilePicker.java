package dev.sitrep.ui.inventoryimport;

import dev.sitrep.ui.common.FilePicker;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/// Answers file choices as a test tells it to (cancelling when told nothing) and remembers what was asked.
final class FakeFilePicker implements FilePicker {

    final List<Filter> asked = new ArrayList<>();
    private final Deque<Path> answers = new ArrayDeque<>();

    FakeFilePicker answer(Path file) {
        answers.add(file);
        return this;
    }

    @Override
    public Optional<Path> openFile(String title, Filter filter) {
        asked.add(filter);
        return Optional.ofNullable(answers.poll());
    }
}
