package dev.sitrep.ui.common;


import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Answers dialogs as a test tells it to and remembers what was asked.
public final class RecordingDialogs implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public boolean confirmAnswer = true;
    public Optional<String> textAnswer = Optional.empty();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
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
