package dev.sitrep.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WallPagesTest {

    @Test
    void aFewTilesFitOnOnePageInAsFewRowsAsTheyNeed() {
        WallPages pages = WallPages.fit(5, 1_900, 800, 360, 220, 16);

        assertThat(pages.columns()).isEqualTo(5);
        assertThat(pages.rows()).isEqualTo(1);
        assertThat(pages.pages()).isFalse();
        assertThat(pages.endOf(0)).isEqualTo(5);
    }

    @Test
    void manyTilesGoOnPagesThatWrapAround() {
        WallPages pages = WallPages.fit(26, 1_900, 800, 360, 220, 16);

        assertThat(pages.perPage()).isEqualTo(15);
        assertThat(pages.pageCount()).isEqualTo(2);
        assertThat(pages.firstOf(1)).isEqualTo(15);
        assertThat(pages.endOf(1)).isEqualTo(26);
        assertThat(pages.firstOf(2)).as("after the last page, the first again").isZero();
    }

    @Test
    void aScreenTooSmallForOneTileStillShowsOne() {
        WallPages pages = WallPages.fit(3, 100, 100, 360, 220, 16);

        assertThat(pages.perPage()).isEqualTo(1);
        assertThat(pages.pageCount()).isEqualTo(3);
    }
}
