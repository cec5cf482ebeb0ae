package dev.sitrep.ui.board;

import dev.sitrep.domain.BulkTasks;
import dev.sitrep.domain.Text;
import dev.sitrep.domain.TimeEntry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/// The template of a bulk creation as the operator typed it: title, planned downtime and engineers.
///
/// [#check] says what is wrong with each field, naming it, and gives the template to create with when
/// nothing is. It also gives a template for the preview whatever is wrong, so the list of planned tasks
/// does not blink empty while a time is half typed.
///
/// @param downtime whether the tasks plan downtime; when not, start, length and at a time are not read
record BulkTemplate(String title, boolean downtime, String start, String length, String atATime,
                    List<UUID> engineers) {

    /// A task title's most characters, as the store holds it.
    static final int MAX_TITLE = 300;

    /// What is wrong with each field (empty when nothing is), and the templates.
    ///
    /// @param template the template to create with; `null` while a field has a problem
    /// @param preview  the template to show: the one to create with, else one without the faulty parts
    record Checked(String titleProblem, String startProblem, String lengthProblem, String atATimeProblem,
                   BulkTasks template, BulkTasks preview) {

        boolean isValid() {
            return template != null;
        }
    }

    /// Checks every field; `longestName` is the longest name `{name}` will become.
    Checked check(ZonedDateTime now, String longestName) {
        String titleProblem = titleProblem(longestName);
        String startProblem = "";
        String lengthProblem = "";
        String atATimeProblem = "";
        Instant first = null;
        Duration window = null;
        int parallelism = 1;
        if (downtime) {
            try {
                first = parseStart(now);
            } catch (IllegalArgumentException e) {
                startProblem = "First window: " + e.getMessage();
            }
            try {
                window = parseLength();
            } catch (IllegalArgumentException e) {
                lengthProblem = "Window length: " + e.getMessage();
            }
            parallelism = parallelism();
            atATimeProblem = atATimeProblem(parallelism);
        }
        boolean downtimeReady = downtime && first != null && window != null && parallelism >= 1;
        String previewTitle = titleProblem.isEmpty() ? title : BulkTasks.NAME;
        BulkTasks preview = downtimeReady
                ? new BulkTasks(previewTitle, first, window, parallelism, engineers)
                : BulkTasks.withoutDowntime(previewTitle, engineers);
        boolean valid = titleProblem.isEmpty() && (!downtime || downtimeReady);
        return new Checked(titleProblem, startProblem, lengthProblem, atATimeProblem, valid ? preview : null,
                preview);
    }

    private String titleProblem(String longestName) {
        String typed = Text.orEmpty(title);
        if (typed.isEmpty()) {
            return "Title: give the tasks a title, such as \"Apply patch to {name}\".";
        }
        int longest = typed.replace(BulkTasks.NAME, longestName).length();
        if (longest > MAX_TITLE) {
            return "Title: " + longest + " characters with \"" + longestName + "\" for {name}; a title holds at most "
                    + MAX_TITLE + ".";
        }
        return "";
    }

    private Instant parseStart(ZonedDateTime now) {
        if (Text.isBlank(start)) {
            throw new IllegalArgumentException("say when the first windows start: " + TimeEntry.TIME_FORMS + ".");
        }
        return TimeEntry.parse(start, now);
    }

    private Duration parseLength() {
        if (Text.isBlank(length)) {
            throw new IllegalArgumentException("say how long each window is: " + TimeEntry.LENGTH_FORMS + ".");
        }
        return TimeEntry.parseLength(length);
    }

    /// How many windows at a time; -1 when what was typed is no whole number.
    private int parallelism() {
        String typed = Text.orEmpty(atATime);
        return typed.matches("\\d{1,6}") ? Integer.parseInt(typed) : -1;
    }

    private String atATimeProblem(int parallelism) {
        if (parallelism < 0) {
            return "At a time: write how many windows may run at once, a whole number such as 4.";
        }
        return parallelism == 0 ? "At a time: at least 1 window at a time, or no window would ever start." : "";
    }
}
