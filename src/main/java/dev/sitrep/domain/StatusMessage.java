package dev.sitrep.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/// A status update with its placeholders filled: what goes to the customer.
///
/// A word in braces that is not a [Placeholder] (a typo such as `{eta}`) stays in the text as it was
/// written, and is reported in [#unknownPlaceholders], so the operator sees it before the customer does
/// instead of finding a gap where a time should be.
///
/// @param unknownPlaceholders the unknown `{words}`, each once, in the order they first appear
public record StatusMessage(String subject, String body, List<String> unknownPlaceholders) {

    /// A word in braces: letters, digits, `_` and `-`, starting with a letter. Braces around anything else
    /// (`{ }`, JSON, a sentence) are plain text.
    private static final Pattern BRACED = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_-]*)}");

    public StatusMessage {
        subject = Objects.requireNonNullElse(subject, "");
        body = Objects.requireNonNullElse(body, "");
        unknownPlaceholders = List.copyOf(unknownPlaceholders);
    }

    /// Fills `template` for the customer `facts` describe.
    public static StatusMessage fill(MessageTemplate template, StatusFacts facts) {
        return fill(template.subject(), template.body(), facts);
    }

    /// Fills a subject and a body. The subject stays one line: a list placeholder in it is joined with "; ".
    public static StatusMessage fill(String subject, String body, StatusFacts facts) {
        Map<Placeholder, String> values = facts.values();
        Set<String> unknown = new LinkedHashSet<>();
        String filledSubject = fill(subject, oneLine(values), unknown).replaceAll("\\s*\\R\\s*", " ").strip();
        String filledBody = fill(body, values, unknown);
        return new StatusMessage(filledSubject, filledBody, new ArrayList<>(unknown));
    }

    /// The `{words}` in `texts` that are not placeholders, each once, in the order they first appear: what a
    /// template editor warns about before the template is ever filled.
    public static List<String> unknownPlaceholders(String... texts) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String text : texts) {
            fill(text, Map.of(), unknown);
        }
        return List.copyOf(unknown);
    }

    /// `text` with every known placeholder replaced by its value; unknown ones are left and added to `unknown`.
    static String fill(String text, Map<Placeholder, String> values, Set<String> unknown) {
        Matcher matcher = BRACED.matcher(Objects.requireNonNullElse(text, ""));
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            Optional<Placeholder> placeholder = Placeholder.named(matcher.group(1));
            if (placeholder.isEmpty()) {
                unknown.add(matcher.group());
            }
            String value = placeholder.map(values::get).orElse(matcher.group());
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /// The values as a subject line takes them: a list's items joined with "; ", without their dashes.
    private static Map<Placeholder, String> oneLine(Map<Placeholder, String> values) {
        Map<Placeholder, String> oneLine = new EnumMap<>(Placeholder.class);
        values.forEach((placeholder, value) -> oneLine.put(placeholder, value.lines()
                .map(line -> line.replaceFirst("^- ", "").strip())
                .collect(Collectors.joining("; "))));
        return oneLine;
    }

    /// The unknown placeholders as the operator reads them: "{eta} is not a placeholder; known: {customer},
    /// {contact}, …"; empty when there are none.
    public String problem() {
        return problem(unknownPlaceholders);
    }

    /// [#problem()] for any list of unknown `{words}`.
    public static String problem(List<String> unknown) {
        if (unknown.isEmpty()) {
            return "";
        }
        String named = unknown.size() == 1 ? unknown.getFirst() + " is not a placeholder"
                : String.join(", ", unknown.subList(0, unknown.size() - 1)) + " and " + unknown.getLast()
                + " are not placeholders";
        return named + "; known: " + Placeholder.tokens();
    }

    /// The subject, a blank line and the body: the update as one text, to paste into a mail or a chat.
    public String asText() {
        return subject + "\n\n" + body;
    }
}
