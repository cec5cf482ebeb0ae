package dev.sitrep.app;

import javafx.collections.ListChangeListener;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/// Sitrep's icon on its windows: in the title bar, the task bar and the window switcher. The images are
/// rendered from `assets/icon/sitrep.svg` by `assets/icon/build-icons.sh`; the platform picks the size it
/// needs.
final class AppIcon {

    /// The sizes in `dev/sitrep/app/icon/`, in pixels.
    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private static final AtomicBoolean GIVEN_TO_EVERY_STAGE = new AtomicBoolean();
    private static List<Image> images;

    private AppIcon() {
    }

    /// The icon in every size, loaded once. On the JavaFX thread.
    static List<Image> images() {
        if (images == null) {
            images = SIZES.stream().map(AppIcon::load).toList();
        }
        return images;
    }

    /// Gives the icon to every stage opened from now on that has none of its own: the wall's window, the
    /// transfer window and the dialogs, which the screens create without knowing the application.
    static void giveToEveryStage() {
        if (!GIVEN_TO_EVERY_STAGE.compareAndSet(false, true)) {
            return;
        }
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    if (window instanceof Stage stage && stage.getIcons().isEmpty()) {
                        stage.getIcons().setAll(images());
                    }
                }
            }
        });
    }

    private static Image load(int size) {
        String name = "icon/sitrep-" + size + ".png";
        try (InputStream in = AppIcon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The icon " + name + " is missing from the program");
            }
            return new Image(in);
        } catch (IOException failure) {
            throw new UncheckedIOException("The icon " + name + " cannot be read", failure);
        }
    }
}
