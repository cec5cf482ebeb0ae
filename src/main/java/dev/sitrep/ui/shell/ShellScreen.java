package dev.sitrep.ui.shell;

import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/// One screen the navigation rail offers. Its view is built the first time it is shown, so start-up pays
/// only for the screen that opens.
public final class ShellScreen {

    private final String title;
    private final Ikon icon;
    private final Supplier<? extends Node> factory;
    private final ObservableIntegerValue badge;
    private Node view;

    public ShellScreen(String title, Ikon icon, Supplier<? extends Node> factory) {
        this(title, icon, factory, null);
    }

    /// @param badge how many things on the screen need attention, shown on its rail entry when above zero
    public ShellScreen(String title, Ikon icon, Supplier<? extends Node> factory, ObservableIntegerValue badge) {
        this.title = Objects.requireNonNull(title);
        this.icon = Objects.requireNonNull(icon);
        this.factory = Objects.requireNonNull(factory);
        this.badge = badge;
    }

    /// How many things need attention on this screen, if it counts any.
    public Optional<ObservableIntegerValue> badge() {
        return Optional.ofNullable(badge);
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
