package dev.sitrep.ui.shell;

import dev.sitrep.ui.common.Command;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

import java.util.Objects;

/// An item another part of the console puts in the shell's File menu: its text, icon and shortcut, and
/// the command it runs (disabled while the command cannot run).
///
/// @param icon        `null` for none
/// @param accelerator `null` for none
public record ShellMenuItem(String text, Ikon icon, KeyCombination accelerator, Command command) {

    public ShellMenuItem {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(command, "command");
    }
}
