package dev.sitrep.ui.comms;

import dev.sitrep.domain.CommunicationKind;
import dev.sitrep.domain.Text;
import dev.sitrep.ui.comms.CommsFeedViewModel.FeedRow;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

/// What the feed is filtered by, each part `null`, `false` or empty for "any". A row passes when it
/// matches every part; the words must all appear in its precomputed lower-case search text, so testing a
/// row only compares.
///
/// @param words the filter text's words, in lower case
record FeedFilter(UUID customer, CommunicationKind kind, String loggedBy, boolean callbacksOpenOnly,
                  List<String> words) implements Predicate<FeedRow> {

    FeedFilter {
        words = List.copyOf(words);
    }

    /// A filter whose words are those of `text`.
    static FeedFilter of(UUID customer, CommunicationKind kind, String loggedBy, boolean callbacksOpenOnly,
                         String text) {
        return new FeedFilter(customer, kind, loggedBy, callbacksOpenOnly,
                Arrays.stream(Text.orEmpty(text).toLowerCase(Locale.ROOT).split("\\s+"))
                        .filter(word -> !word.isEmpty()).toList());
    }

    @Override
    public boolean test(FeedRow row) {
        return (customer == null || customer.equals(row.communication().customerId()))
                && (kind == null || kind == row.kind())
                && (loggedBy == null || loggedBy.equals(row.communication().loggedBy()))
                && (!callbacksOpenOnly || row.callback().open())
                && containsAll(row.searchText());
    }

    private boolean containsAll(String searchText) {
        for (String word : words) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
