package dev.sitrep.ui.common;

import java.util.List;

/// The kinds of file the console reads and writes, with what a file chooser shows for them.
///
/// @param description what the chooser's filter calls them
/// @param extension   the extension a new file gets, without the dot
public record FileKind(String description, String extension) {

    public static final FileKind JSON_SNAPSHOT = new FileKind("Sitrep snapshots (*.json)", "json");
    public static final FileKind CSV_INVENTORY = new FileKind("Inventory spreadsheets (*.csv)", "csv");
    public static final FileKind EMAIL_DRAFT = new FileKind("E-mail drafts (*.eml)", "eml");
    public static final FileKind PDF = new FileKind("PDF documents (*.pdf)", "pdf");

    /// The chooser's patterns for this kind: `*.json`.
    public List<String> patterns() {
        return List.of("*." + extension);
    }
}
