package dev.sitrep.domain;

import java.time.Duration;
import java.util.Locale;

/// Small helpers for the free text that people type and the counts that people read.
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

    /// A count with its noun, in thousands as people read them: "1 device", "3,000 devices".
    public static String count(long count, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? singular : plural);
    }

    /// [#count(long, String, String)] for a noun whose plural adds an "s".
    public static String count(long count, String singular) {
        return count(count, singular, singular + "s");
    }

    /// A number in thousands as people read them: "3,000".
    public static String number(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /// Time since the incident was declared, as a war room counts it: "T+2d 03:14", "T+03:14".
    public static String sinceDeclared(Duration elapsed) {
        long minutes = Math.max(0, elapsed.toMinutes());
        long days = minutes / (24 * 60);
        String clock = String.format(Locale.ROOT, "%02d:%02d", minutes / 60 % 24, minutes % 60);
        return "T+" + (days > 0 ? days + "d " : "") + clock;
    }

    /// A duration in seconds with one decimal, as summaries print it: "1.2 s".
    public static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toNanos() / 1e9);
    }

    /// The first words of a long text on one line, cut at a word boundary within `limit` characters and
    /// marked with an ellipsis when shortened: how the journal names a call by its summary.
    public static String firstWords(String text, int limit) {
        String flat = orEmpty(text).replaceAll("\\s+", " ");
        if (flat.length() <= limit) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', limit);
        return flat.substring(0, cut > 0 ? cut : limit) + "…";
    }
}
