package io.transferlab.dataprep.preparation;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The local directory a data set is read from: the request's own path, the data set's default, or a temporary copy of
 * an S3 prefix, deleted on close.
 *
 * @param path      the directory
 * @param origin    what the request named, so error messages speak of it rather than of a temporary copy
 * @param temporary whether {@link #close()} deletes the directory
 */
public record DataDirectory(Path path, String origin, boolean temporary) implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DataDirectory.class);

    /** A reader's message about a file in a temporary copy, as the file's S3 location. */
    public String explain(String message) {
        return temporary ? message.replace(path.toString(), origin.replaceAll("/+$", "")) : message;
    }

    @Override
    public void close() {
        if (temporary) {
            deleteRecursively(path);
        }
    }

    /** Best effort: a copy left behind wastes disk space, but must not fail a request whose outputs are durable. */
    static void deleteRecursively(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warnf(e, "cannot delete the temporary data set copy %s", dir);
        }
    }
}
