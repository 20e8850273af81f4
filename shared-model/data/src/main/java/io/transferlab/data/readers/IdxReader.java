package io.transferlab.data.readers;

import io.transferlab.data.DatasetException;
import io.transferlab.data.ImageSet;
import io.transferlab.data.TrainTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/** Reads the IDX format of MNIST and Fashion-MNIST: IDX3 unsigned-byte images plus IDX1 labels, gzipped or not. */
public final class IdxReader {

    public static final int IMAGES_MAGIC = 0x00000803;
    public static final int LABELS_MAGIC = 0x00000801;

    private IdxReader() {
    }

    /** Reads the standard four-file layout (train-*, t10k-*), each file plain or with a .gz suffix. */
    public static TrainTest readDirectory(Path dir, List<String> classNames) {
        ImageSet train = read(DataFiles.plainOrGzip(dir, "train-images-idx3-ubyte"),
                DataFiles.plainOrGzip(dir, "train-labels-idx1-ubyte"), classNames);
        ImageSet test = read(DataFiles.plainOrGzip(dir, "t10k-images-idx3-ubyte"),
                DataFiles.plainOrGzip(dir, "t10k-labels-idx1-ubyte"), classNames);
        return new TrainTest(train, test);
    }

    public static ImageSet read(Path images, Path labels, List<String> classNames) {
        int[] labelValues = readLabels(labels, classNames.size());
        try (InputStream in = DataFiles.open(images)) {
            expectMagic(in, images, IMAGES_MAGIC, "IDX3 unsigned-byte images");
            int count = DataFiles.readCount(in, images, "image count");
            int rows = DataFiles.readCount(in, images, "row count");
            int cols = DataFiles.readCount(in, images, "column count");
            if (rows == 0 || cols == 0) {
                throw new DatasetException(images.toString(), "image size " + rows + "x" + cols + " is empty");
            }
            if (count != labelValues.length) {
                throw new DatasetException(images.toString(), "holds " + count + " images but " + labels
                        + " holds " + labelValues.length + " labels");
            }
            long total = (long) count * rows * cols;
            if (total > Integer.MAX_VALUE - 8) {
                throw new DatasetException(images.toString(), "declares " + total + " pixel bytes, too many for one array");
            }
            byte[] pixels = DataFiles.readExactly(in, (int) total, images, "pixel bytes");
            DataFiles.expectEnd(in, images);
            return new ImageSet(classNames, 1, rows, cols, labelValues, pixels);
        } catch (IOException e) {
            throw new DatasetException(images.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    private static int[] readLabels(Path labels, int numClasses) {
        try (InputStream in = DataFiles.open(labels)) {
            expectMagic(in, labels, LABELS_MAGIC, "IDX1 unsigned-byte labels");
            int count = DataFiles.readCount(in, labels, "label count");
            byte[] raw = DataFiles.readExactly(in, count, labels, "label bytes");
            DataFiles.expectEnd(in, labels);
            int[] values = new int[count];
            for (int i = 0; i < count; i++) {
                values[i] = raw[i] & 0xff;
                if (values[i] >= numClasses) {
                    throw new DatasetException(labels.toString(), "label " + values[i] + " at index " + i
                            + " is outside the " + numClasses + " known classes 0.." + (numClasses - 1));
                }
            }
            return values;
        } catch (IOException e) {
            throw new DatasetException(labels.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    private static void expectMagic(InputStream in, Path file, int expected, String kind) {
        int magic = DataFiles.readInt(in, file, "magic number");
        if (magic != expected) {
            throw new DatasetException(file.toString(), String.format(
                    "bad magic number 0x%08x, expected 0x%08x (%s)", magic, expected, kind));
        }
    }
}
