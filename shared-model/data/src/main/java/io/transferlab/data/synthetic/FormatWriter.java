package io.transferlab.data.synthetic;

import io.transferlab.data.ImageSet;
import io.transferlab.data.readers.CifarReader;
import io.transferlab.data.readers.IdxReader;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes image sets in the on-disk formats the readers accept, so tests can build data set directories. */
final class FormatWriter {

    private FormatWriter() {
    }

    static void writeIdx(ImageSet set, Path images, Path labels, boolean gzip) {
        if (set.channels() != 1) {
            throw new IllegalArgumentException("IDX holds single-channel images, got " + set.channels() + " channels");
        }
        if (set.numClasses() > 256) {
            throw new IllegalArgumentException("IDX labels are single bytes, got " + set.numClasses() + " classes");
        }
        try (DataOutputStream out = open(images, gzip)) {
            out.writeInt(IdxReader.IMAGES_MAGIC);
            out.writeInt(set.count());
            out.writeInt(set.height());
            out.writeInt(set.width());
            out.write(set.pixels());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + images, e);
        }
        try (DataOutputStream out = open(labels, gzip)) {
            out.writeInt(IdxReader.LABELS_MAGIC);
            out.writeInt(set.count());
            for (int label : set.labels()) {
                out.writeByte(label);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + labels, e);
        }
    }

    static void writeCifar(ImageSet set, Path file, boolean cifar100) {
        int side = CifarReader.SIDE;
        if (set.channels() != 3 || set.height() != side || set.width() != side) {
            throw new IllegalArgumentException("CIFAR records hold 3x32x32 images, got " + set.channels() + "x"
                    + set.height() + "x" + set.width());
        }
        int maxClasses = cifar100 ? 100 : 10;
        if (set.numClasses() > maxClasses) {
            throw new IllegalArgumentException("CIFAR-" + maxClasses + " allows at most " + maxClasses
                    + " classes, got " + set.numClasses());
        }
        try (DataOutputStream out = open(file, false)) {
            for (int i = 0; i < set.count(); i++) {
                if (cifar100) {
                    // Real CIFAR-100 groups its 100 fine classes into 20 coarse ones of five; mimic that.
                    out.writeByte(set.labels()[i] / 5);
                }
                out.writeByte(set.labels()[i]);
                out.write(set.pixels(), i * CifarReader.IMAGE_BYTES, CifarReader.IMAGE_BYTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static DataOutputStream open(Path file, boolean gzip) throws IOException {
        OutputStream raw = Files.newOutputStream(file);
        return new DataOutputStream(new BufferedOutputStream(gzip ? new GZIPOutputStream(raw, 1 << 16) : raw, 1 << 16));
    }
}
