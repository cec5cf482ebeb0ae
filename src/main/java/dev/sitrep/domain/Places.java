package dev.sitrep.domain;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/// Where something is, as people read it: "EXCH-02 · Leeds · Acme", narrowest first.
public final class Places {

    private Places() {
    }

    /// The names that are known, joined; `null` and empty names are left out.
    public static String of(String... narrowestFirst) {
        return Arrays.stream(narrowestFirst)
                .filter(Objects::nonNull)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.joining(" · "));
    }
}
