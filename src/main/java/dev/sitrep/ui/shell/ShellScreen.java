package dev.sitrep.ui.shell;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

import java.util.Objects;
import java.util.function.Supplier;

/// One screen the navigation rail offers. Its view is built the first time it is shown, so start-up pays
/// only for the screen that opens.
public final class ShellScreen {

    private final String title;
    private final Ikon icon;
    private final Supplier<? extends Node> factory;
    private Node view;

    public ShellScreen(String title, Ikon icon, Supplier<? extends Node> factory) {
        this.title = Objects.requireNonNull(title);
        this.icon = Objects.requireNonNull(icon);
        this.factory = Objects.requireNonNull(factory);
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    /// The screen's view, built on first use.
    public Node view() {
        if (view == null) {
            view = factory.get();
        }
        return view;
    }
}
