package dev.sitrep.io.csv;

/// What an import does with one row of the file.
public enum RowStatus {
    /// Adds the row's device (and its site and customer when they are new too).
    NEW("new"),
    /// Changes the row's device or its site.
    UPDATED("updated"),
    /// Everything the row says is stored already.
    UNCHANGED("unchanged"),
    /// The row has a problem; while any row has one, nothing is imported.
    ERROR("error");

    private final String word;

    RowStatus(String word) {
        this.word = word;
    }

    /// The status as a word for people: "new", "updated", "unchanged", "error".
    public String word() {
        return word;
    }
}
