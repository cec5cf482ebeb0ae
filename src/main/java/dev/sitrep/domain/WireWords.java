package dev.sitrep.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/// The words of every [WireEnum] type, worked out once per type: every stored row reads and writes them.
final class WireWords {

    /// Each constant's default word, by ordinal.
    private static final ClassValue<String[]> DEFAULT_WORDS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] words = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                words[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
            }
            return words;
        }
    };

    /// Each type's constants by their word.
    private static final ClassValue<Map<String, Object>> BY_WORD = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byWord = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byWord.put(((WireEnum) constant).wire(), constant);
            }
            return Map.copyOf(byWord);
        }
    };

    private WireWords() {
    }

    static String defaultWord(Enum<?> constant) {
        return DEFAULT_WORDS.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    static <E extends Enum<E> & WireEnum> E byWord(Class<E> type, String word) {
        return type.cast(BY_WORD.get(type).get(word));
    }
}
