package dev.sitrep.ui.common;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/// Opens the platform's file chooser, owned by the console's window, starting in the folder the last file came
/// from.
public final class FxFilePicker implements FilePicker {

    private final Supplier<Window> owner;
    private Path lastFolder;

    /// @param owner the window the chooser belongs to
    public FxFilePicker(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> openFile(String title, Filter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        FileChooser.ExtensionFilter offered = new FileChooser.ExtensionFilter(filter.description(), filter.patterns());
        chooser.getExtensionFilters().addAll(offered, new FileChooser.ExtensionFilter("All files", "*"));
        chooser.setSelectedExtensionFilter(offered);
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File chosen = chooser.showOpenDialog(owner.get());
        if (chosen == null) {
            return Optional.empty();
        }
        Path path = chosen.toPath();
        lastFolder = path.toAbsolutePath().getParent();
        return Optional.of(path);
    }
}
