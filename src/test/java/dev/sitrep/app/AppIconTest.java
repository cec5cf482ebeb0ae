package dev.sitrep.app;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/// The icon ships in every size the platforms ask for, and windows the screens open get it too.
@ExtendWith(ApplicationExtension.class)
class AppIconTest {

    @Start
    void start(Stage stage) {
        AppIcon.giveToEveryStage();
    }

    @Test
    void everySizeLoadsAtItsSize() throws Exception {
        List<Image> images = onFx(AppIcon::images);

        assertThat(images).hasSameSizeAs(AppIcon.SIZES);
        for (int i = 0; i < images.size(); i++) {
            Image image = images.get(i);
            int size = AppIcon.SIZES.get(i);
            assertThat(image.isError()).as("sitrep-%d.png reads", size).isFalse();
            assertThat(image.getWidth()).as("sitrep-%d.png width", size).isEqualTo(size);
            assertThat(image.getHeight()).as("sitrep-%d.png height", size).isEqualTo(size);
        }
    }

    @Test
    void aWindowOpenedLaterGetsTheIcon(FxRobot robot) throws Exception {
        Stage wall = onFx(() -> show(new Stage()));
        try {
            assertThat(wall.getIcons()).containsExactlyElementsOf(onFx(AppIcon::images));
        } finally {
            robot.interact(wall::close);
        }
    }

    @Test
    void aWindowWithAnIconOfItsOwnKeepsIt(FxRobot robot) throws Exception {
        Stage other = onFx(() -> {
            Stage stage = new Stage();
            stage.getIcons().add(AppIcon.images().getFirst());
            return show(stage);
        });
        try {
            assertThat(other.getIcons()).hasSize(1);
        } finally {
            robot.interact(other::close);
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private static Stage show(Stage stage) {
        stage.setScene(new Scene(new Label("another window")));
        stage.show();
        return stage;
    }
}
