package io.transferlab.data.readers;

import io.transferlab.data.DatasetException;
import io.transferlab.data.ImageSet;
import io.transferlab.data.TrainTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageFolderReaderTest {

    @TempDir
    Path root;

    /** A solid-colour image; solid colours survive both resizing and JPEG nearly unchanged. */
    private static void writeSolid(Path file, String format, int width, int height, int rgb) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        Files.createDirectories(file.getParent());
        assertThat(ImageIO.write(image, format, file.toFile())).isTrue();
    }

    private static int unsigned(byte b) {
        return b & 0xff;
    }

    @Test
    void readsPngAndJpegFoldersResizedToChw() throws IOException {
        writeSolid(root.resolve("zebra/a.png"), "png", 40, 30, 0xFF0000);
        writeSolid(root.resolve("apple/b.JPEG"), "jpeg", 17, 9, 0x00C000);
        writeSolid(root.resolve("apple/a.jpg"), "jpeg", 64, 64, 0x0000FF);
        Files.writeString(root.resolve("apple/notes.txt"), "ignored: not an image file name");

        ImageSet set = ImageFolderReader.read(root, 3, 8, 6);

        assertThat(set.classNames()).containsExactly("apple", "zebra");
        assertThat(set.labels()).containsExactly(0, 0, 1);
        assertThat(set.height()).isEqualTo(8);
        assertThat(set.width()).isEqualTo(6);
        int plane = 48;
        // Image 0 is apple/a.jpg (blue), image 2 zebra/a.png (red): check the channel planes.
        assertThat(unsigned(set.pixels()[2 * plane + 5])).isGreaterThan(240);
        assertThat(unsigned(set.pixels()[5])).isLessThan(15);
        int red = 2 * set.imageSize();
        assertThat(unsigned(set.pixels()[red + 7])).isEqualTo(255);
        assertThat(unsigned(set.pixels()[red + plane + 7])).isZero();
    }

    @Test
    void convertsToGreyscaleLuma() throws IOException {
        writeSolid(root.resolve("only/x.png"), "png", 5, 5, 0x808080);
        writeSolid(root.resolve("only/y.png"), "png", 5, 5, 0xFF0000);

        ImageSet set = ImageFolderReader.read(root, 1, 3, 3);

        assertThat(unsigned(set.pixels()[4])).isEqualTo(128);
        assertThat(unsigned(set.pixels()[9 + 4])).isEqualTo(76);
    }

    @Test
    void readsTrainTestLayoutAndRejectsClassMismatch() throws IOException {
        writeSolid(root.resolve("train/cat/1.png"), "png", 4, 4, 0x102030);
        writeSolid(root.resolve("train/dog/1.png"), "png", 4, 4, 0x102030);
        writeSolid(root.resolve("test/cat/1.png"), "png", 4, 4, 0x102030);
        writeSolid(root.resolve("test/dog/1.png"), "png", 4, 4, 0x102030);

        TrainTest data = ImageFolderReader.readDirectory(root, 3, 4, 4);
        assertThat(data.test().classNames()).containsExactly("cat", "dog");

        writeSolid(root.resolve("test/emu/1.png"), "png", 4, 4, 0x102030);
        assertThatThrownBy(() -> ImageFolderReader.readDirectory(root, 3, 4, 4))
                .isInstanceOf(DatasetException.class)
                .hasMessage(root + ": train classes [cat, dog] differ from test classes [cat, dog, emu]");
    }

    @Test
    void undecodableImageIsNamed() throws IOException {
        writeSolid(root.resolve("cls/good.png"), "png", 4, 4, 0);
        Path bad = root.resolve("cls/bad.png");
        Files.write(bad, new byte[] {1, 2, 3, 4, 5});

        assertThatThrownBy(() -> ImageFolderReader.read(root, 3, 4, 4))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith(bad + ": cannot decode image");
    }

    @Test
    void truncatedPngIsNamed() throws IOException {
        Path png = root.resolve("cls/cut.png");
        writeSolid(png, "png", 50, 50, 0x123456);
        byte[] content = Files.readAllBytes(png);
        Files.write(png, Arrays.copyOf(content, content.length / 2));

        assertThatThrownBy(() -> ImageFolderReader.read(root, 3, 4, 4))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith(png + ": cannot decode image");
    }

    @Test
    void emptyClassDirectoryIsAnError() throws IOException {
        writeSolid(root.resolve("full/a.png"), "png", 4, 4, 0);
        Path empty = Files.createDirectories(root.resolve("hollow"));

        assertThatThrownBy(() -> ImageFolderReader.read(root, 3, 4, 4))
                .isInstanceOf(DatasetException.class)
                .hasMessage(empty + ": class directory contains no JPEG or PNG images");
        assertThatThrownBy(() -> ImageFolderReader.read(root, 2, 4, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("channels must be 1 or 3, got 2");
    }
}
