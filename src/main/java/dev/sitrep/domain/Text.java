package dev.sitrep.domain;

/// Small helpers for the free text that people type.
public final class Text {

    private Text() {
    }

    /// `null` as the empty string, everything else stripped of surrounding blanks.
    public static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
