package io.transferlab.data.shard;

import io.transferlab.data.DatasetException;
import io.transferlab.data.ImageSet;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The binary shard format in which data sets travel between services. Big-endian:
 * "TLSH", version, channels, height, width, count, class count (ints); per class an int byte length
 * and UTF-8 name; labels (one byte each up to 256 classes, else two); pixels as in {@link ImageSet}.
 * Uncompressed, because uint8 images compress poorly and decoding speed matters more.
 */
public final class ShardCodec {

    static final byte[] MAGIC = "TLSH".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    private static final int MAX_NAME_BYTES = 1 << 16;

    private ShardCodec() {
    }

    /** Writes the shard and flushes; the stream is left open. */
    public static void write(ImageSet set, OutputStream out) {
        if (set.numClasses() > 1 << 16) {
            throw new IllegalArgumentException("at most 65536 classes fit in a shard, got " + set.numClasses());
        }
        try {
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
            data.write(MAGIC);
            data.writeInt(VERSION);
            data.writeInt(set.channels());
            data.writeInt(set.height());
            data.writeInt(set.width());
            data.writeInt(set.count());
            data.writeInt(set.numClasses());
            for (String name : set.classNames()) {
                byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
                data.writeInt(utf8.length);
                data.write(utf8);
            }
            data.write(encodeLabels(set.labels(), labelBytes(set.numClasses())));
            data.write(set.pixels());
            data.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write shard", e);
        }
    }

    public static byte[] encode(ImageSet set) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(set, out);
        return out.toByteArray();
    }

    /**
     * Reads one shard and nothing past it, so shards may follow each other in a stream.
     * {@code sourceName} (a file name or storage key) is what error messages report.
     */
    public static ImageSet read(InputStream in, String sourceName) {
        // Unbuffered on purpose: a buffer could consume bytes beyond this shard. The header is small and
        // the bulk arrays are read in single calls.
        DataInputStream data = new DataInputStream(in);
        try {
            byte[] magic = data.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new DatasetException(sourceName, "not a shard: bad magic bytes " + HexFormat.of().formatHex(magic)
                        + ", expected " + HexFormat.of().formatHex(MAGIC) + " (\"TLSH\")");
            }
            int version = data.readInt();
            if (version != VERSION) {
                throw new DatasetException(sourceName, "unsupported shard format version " + version
                        + ", this reader supports " + VERSION);
            }
            int channels = data.readInt();
            int height = data.readInt();
            int width = data.readInt();
            int count = data.readInt();
            int numClasses = data.readInt();
            long pixelBytes = (long) count * channels * height * width;
            if (channels <= 0 || height <= 0 || width <= 0 || count < 0 || numClasses <= 0 || numClasses > 1 << 16
                    || pixelBytes > Integer.MAX_VALUE - 8 || 2L * count > Integer.MAX_VALUE - 8) {
                throw new DatasetException(sourceName, "corrupt header: channels=" + channels + " height=" + height
                        + " width=" + width + " count=" + count + " classes=" + numClasses);
            }
            List<String> names = new ArrayList<>(numClasses);
            for (int c = 0; c < numClasses; c++) {
                int length = data.readInt();
                if (length < 0 || length > MAX_NAME_BYTES) {
                    throw new DatasetException(sourceName, "corrupt header: class name " + c + " has length " + length);
                }
                names.add(new String(readExactly(data, length, sourceName, "class name bytes"), StandardCharsets.UTF_8));
            }
            int labelWidth = labelBytes(numClasses);
            int[] labels = decodeLabels(readExactly(data, count * labelWidth, sourceName, "label bytes"), labelWidth);
            byte[] pixels = readExactly(data, (int) pixelBytes, sourceName, "pixel bytes");
            return new ImageSet(names, channels, height, width, labels, pixels);
        } catch (EOFException e) {
            throw new DatasetException(sourceName, "truncated shard header", e);
        } catch (IOException e) {
            throw new DatasetException(sourceName, "cannot read shard: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new DatasetException(sourceName, "inconsistent shard content: " + e.getMessage(), e);
        }
    }

    /** Decodes a shard that must fill {@code bytes} exactly. */
    public static ImageSet decode(byte[] bytes, String sourceName) {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        ImageSet set = read(in, sourceName);
        if (in.available() > 0) {
            throw new DatasetException(sourceName, in.available() + " unexpected bytes after the shard");
        }
        return set;
    }

    /** Lowercase hex SHA-256 of the encoded shard: equal content gives an equal digest. */
    public static String digest(ImageSet set) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            write(set, new DigestOutputStream(OutputStream.nullOutputStream(), sha));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    private static int labelBytes(int numClasses) {
        return numClasses <= 256 ? 1 : 2;
    }

    private static byte[] encodeLabels(int[] labels, int width) {
        byte[] out = new byte[labels.length * width];
        for (int i = 0; i < labels.length; i++) {
            if (width == 1) {
                out[i] = (byte) labels[i];
            } else {
                out[2 * i] = (byte) (labels[i] >>> 8);
                out[2 * i + 1] = (byte) labels[i];
            }
        }
        return out;
    }

    private static int[] decodeLabels(byte[] bytes, int width) {
        int[] labels = new int[bytes.length / width];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = width == 1 ? bytes[i] & 0xff : ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        return labels;
    }

    private static byte[] readExactly(InputStream in, int n, String sourceName, String what) throws IOException {
        byte[] bytes = in.readNBytes(n);
        if (bytes.length < n) {
            throw new DatasetException(sourceName, "truncated: expected " + n + " " + what + ", got " + bytes.length);
        }
        return bytes;
    }
}
