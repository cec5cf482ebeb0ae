package dev.sitrep.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/// Asks the operator for a file on behalf of view models, which never open windows themselves; tests
/// replace it.
public interface FilePicker {

    /// A file to read; empty when the operator cancelled.
    Optional<Path> open(String title, FileKind kind);

    /// A file to write, offering `suggestedName`; empty when the operator cancelled. The name ends with the
    /// kind's extension.
    Optional<Path> save(String title, FileKind kind, String suggestedName);
}
