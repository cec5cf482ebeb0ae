package dev.sitrep.ui.incident;

import dev.sitrep.ui.common.DialogService;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Answers dialogs as a test tells it to and remembers what was asked.
final class RecordingDialogs implements DialogService {

    final List<String> errors = new ArrayList<>();
    final List<String> questions = new ArrayList<>();
    boolean confirmAnswer = true;
    Optional<String> textAnswer = Optional.empty();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(title);
        return confirmAnswer;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        questions.add(title);
        return textAnswer;
    }
}
