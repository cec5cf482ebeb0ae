package dev.sitrep.ui.handover;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.awt.image.BufferedImage;

/// Pages rendered by PDFBox, as images JavaFX can show and print.
final class PageImages {

    private PageImages() {
    }

    /// A copy of `page`'s pixels; the pages are opaque RGB, so straight ARGB carries them unchanged.
    static Image toFx(BufferedImage page) {
        int width = page.getWidth();
        int height = page.getHeight();
        int[] argb = page.getRGB(0, 0, width, height, null, 0, width);
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }
}
