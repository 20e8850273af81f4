package io.transferlab.data.readers;

import io.transferlab.data.DatasetException;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opening and reading data set files, with errors that name the file. */
final class DataFiles {

    private DataFiles() {
    }

    /** Opens a file, transparently gunzipping it when it starts with the gzip magic bytes 0x1f 0x8b. */
    static InputStream open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DatasetException(file.toString(), "file not found");
        }
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            in.mark(2);
            int first = in.read();
            int second = in.read();
            in.reset();
            return first == 0x1f && second == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16)) : in;
        } catch (IOException e) {
            throw new DatasetException(file.toString(), "cannot open: " + e.getMessage(), e);
        }
    }

    /** Reads exactly {@code n} bytes of {@code what}; a short read means the file was truncated. */
    static byte[] readExactly(InputStream in, int n, Path file, String what) {
        try {
            byte[] bytes = in.readNBytes(n);
            if (bytes.length < n) {
                throw new DatasetException(file.toString(),
                        "truncated: expected " + n + " " + what + ", got " + bytes.length);
            }
            return bytes;
        } catch (EOFException e) {
            // GZIPInputStream reports a cut-off compressed stream this way rather than by a short read.
            throw new DatasetException(file.toString(), "truncated while reading " + what + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DatasetException(file.toString(), "cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    /** Big-endian 32-bit header field, as IDX files store them. */
    static int readInt(InputStream in, Path file, String what) {
        byte[] b = readExactly(in, 4, file, "header bytes (" + what + ")");
        return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    }

    /** A header count or dimension; IDX stores them unsigned, so a negative int means an absurd value. */
    static int readCount(InputStream in, Path file, String what) {
        int value = readInt(in, file, what);
        if (value < 0) {
            throw new DatasetException(file.toString(), what + " " + Integer.toUnsignedString(value) + " is too large");
        }
        return value;
    }

    static void expectEnd(InputStream in, Path file) {
        try {
            if (in.read() != -1) {
                throw new DatasetException(file.toString(), "unexpected trailing bytes after the declared content");
            }
        } catch (IOException e) {
            throw new DatasetException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    /** Returns {@code dir/name}, or {@code dir/name.gz} when only the compressed file exists. */
    static Path plainOrGzip(Path dir, String name) {
        Path plain = dir.resolve(name);
        Path gzip = dir.resolve(name + ".gz");
        if (Files.isRegularFile(plain)) {
            return plain;
        }
        if (Files.isRegularFile(gzip)) {
            return gzip;
        }
        throw new DatasetException(plain.toString(), "file not found (looked for " + plain + " and " + gzip + ")");
    }
}
