package dev.sitrep.ui.common;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/// The platform's file chooser, owned by the console's window, opening where the operator last was.
public final class FxFilePicker implements FilePicker {

    private final Supplier<Window> owner;
    private Path lastFolder;

    public FxFilePicker(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> open(String title, FileKind kind) {
        return remember(chooser(title, kind).showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> save(String title, FileKind kind, String suggestedName) {
        FileChooser chooser = chooser(title, kind);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get())).map(path -> withExtension(path, kind));
    }

    private FileChooser chooser(String title, FileKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(kind.description(), kind.patterns()),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        Optional<Path> path = Optional.ofNullable(chosen).map(File::toPath);
        path.map(Path::getParent).ifPresent(folder -> lastFolder = folder);
        return path;
    }

    private static Path withExtension(Path path, FileKind kind) {
        String name = path.getFileName().toString();
        return name.contains(".") ? path : path.resolveSibling(name + "." + kind.extension());
    }
}
