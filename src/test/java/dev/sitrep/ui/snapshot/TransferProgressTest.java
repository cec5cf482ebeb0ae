package dev.sitrep.ui.snapshot;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TransferProgressTest {

    private final List<Runnable> posted = new ArrayList<>();
    private final TransferProgress progress = new TransferProgress(posted::add);

    @Test
    void postsAtMostTenUpdatesASecondButAlwaysTheLast() {
        progress.start("rows");

        progress.worked(1_000, 27_476);
        progress.worked(2_000, 27_476);
        progress.worked(27_476, 27_476);
        posted.forEach(Runnable::run);

        assertThat(posted).as("the first and the last").hasSize(2);
        assertThat(progress.fractionProperty().get()).isEqualTo(1.0);
        assertThat(progress.statusProperty().get()).isEqualTo("27,476 of 27,476 rows written");
    }

    @Test
    void bytesReadAsMegabytes() {
        progress.start("bytes");

        progress.worked(3_200_000, 106_100_000);
        posted.forEach(Runnable::run);

        assertThat(progress.statusProperty().get()).isEqualTo("3.2 of 106.1 MB read");
        assertThat(progress.fractionProperty().get()).isBetween(0.03, 0.031);
    }

    @Test
    void cancellingIsSeenByTheTransferAndStopsUpdates() {
        progress.start("rows");

        progress.cancel();
        progress.worked(10, 10);
        posted.forEach(Runnable::run);

        assertThat(progress.isCancelled()).isTrue();
        assertThat(progress.statusProperty().get()).isEqualTo("Cancelling…");
        progress.start("rows");
        assertThat(progress.isCancelled()).as("a new transfer starts afresh").isFalse();
    }
}
