package dev.sitrep.ui.comms;

import dev.sitrep.ui.comms.RemindersViewModel.Notice;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/// Shows the reminders' notices as desktop notifications at the console's corner, and looks at the clock
/// every half minute, so an update that falls overdue while nobody touches the console is still announced.
public final class ReminderNotifications {

    private static final Duration EVERY = Duration.seconds(30);
    private static final Duration SHOWN_FOR = Duration.seconds(12);

    private final Window owner;
    private final BooleanSupplier dark;
    private final Timeline clock;

    /// @param dark whether the console wears a dark theme now: ControlsFX draws dark text unless told
    public ReminderNotifications(RemindersViewModel reminders, Window owner, BooleanSupplier dark) {
        this.owner = owner;
        this.dark = dark;
        reminders.setOnNotice(this::show);
        clock = new Timeline(new KeyFrame(EVERY, _ -> reminders.tick()));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
    }

    private void show(Notice notice) {
        if (!owner.isShowing()) {
            return;
        }
        Notifications popup = Notifications.create().owner(owner).title(notice.title()).text(notice.text())
                .position(Pos.BOTTOM_RIGHT).hideAfter(SHOWN_FOR);
        if (dark.getAsBoolean()) {
            popup = popup.darkStyle();
        }
        if (notice.urgent()) {
            popup.showWarning();
        } else {
            popup.showInformation();
        }
    }

    /// The colours the notifications look up, for the owner's scene.
    public static String stylesheet() {
        return Objects.requireNonNull(ReminderNotifications.class.getResource("notifications.css")).toExternalForm();
    }

    /// Stops looking at the clock: the console is closing.
    public void stop() {
        clock.stop();
    }
}
