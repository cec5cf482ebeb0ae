package dev.sitrep.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/// Asks the operator for a file on behalf of a view model, which never opens windows itself; tests replace it.
public interface FilePicker {

    /// Which files a picker offers: "CSV files" and `*.csv`.
    record Filter(String description, List<String> patterns) {

        public Filter {
            patterns = List.copyOf(patterns);
        }

        public static Filter csv() {
            return new Filter("CSV files (*.csv)", List.of("*.csv"));
        }
    }

    /// Asks for an existing file to open; empty when the operator cancels.
    Optional<Path> openFile(String title, Filter filter);
}
