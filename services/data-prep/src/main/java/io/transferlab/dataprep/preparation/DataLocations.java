package io.transferlab.dataprep.preparation;

import io.transferlab.contracts.spec.DatasetRef;
import io.transferlab.dataprep.config.DataPrepConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Decides where a request may read its data from. A request is untrusted input: a local path must lie under one of the
 * configured roots (checked on the normalised path and again on the real one, so a symbolic link cannot lead out), and
 * an S3 location must name a configured bucket.
 */
@ApplicationScoped
public class DataLocations {

    private final List<Path> roots;
    private final List<String> s3Prefixes;
    private final S3Datasets s3;

    public DataLocations(DataPrepConfig config, S3Datasets s3) {
        this.roots = config.allowedRoots().stream().map(root -> Path.of(root).toAbsolutePath().normalize()).toList();
        this.s3Prefixes = config.allowedS3Prefixes().stream().map(p -> p.endsWith("/") ? p : p + "/").toList();
        this.s3 = s3;
    }

    /** The directory to read; the caller closes it. Rejects a location the request may not use. */
    public DataDirectory open(String experimentId, DatasetRef dataset) {
        String location = dataset.location();
        if (location == null) {
            return new DataDirectory(null, dataset.name() + "'s default location", false);
        }
        return location.startsWith("s3://") ? fromS3(experimentId, location) : local(experimentId, location);
    }

    private DataDirectory local(String experimentId, String location) {
        Path path;
        try {
            path = Path.of(location);
        } catch (InvalidPathException e) {
            throw new RejectedRequest(experimentId, "dataset.location: '" + location + "' is not a valid path");
        }
        if (!path.isAbsolute()) {
            throw new RejectedRequest(experimentId, "dataset.location: '" + location
                    + "' must be an absolute path or s3://bucket/prefix");
        }
        Path normal = path.normalize();
        if (!allowed(normal) || !allowed(realPath(normal))) {
            throw new RejectedRequest(experimentId, "dataset.location: '" + location
                    + "' is outside the allowed roots " + roots);
        }
        return new DataDirectory(normal, location, false);
    }

    private DataDirectory fromS3(String experimentId, String location) {
        String rest = location.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : rest.substring(slash + 1);
        if (prefix.isEmpty() || prefix.equals("/")) {
            throw new RejectedRequest(experimentId, "dataset.location: '" + location
                    + "' names a whole bucket; give s3://bucket/prefix");
        }
        // A trailing slash, so that "data/mnist" does not also take "data/mnist-old/...".
        String directory = prefix.endsWith("/") ? prefix : prefix + "/";
        String normalised = "s3://" + bucket + "/" + directory;
        if (s3Prefixes.stream().noneMatch(normalised::startsWith)) {
            throw new RejectedRequest(experimentId, "dataset.location: '" + location
                    + "' is outside the allowed S3 locations " + s3Prefixes);
        }
        return new DataDirectory(s3.download(experimentId, bucket, directory), location, true);
    }

    /** Under a root as configured or as its links resolve (e.g. a root that is itself a link to a data disk). */
    private boolean allowed(Path path) {
        return roots.stream().anyMatch(root -> path.startsWith(root) || path.startsWith(realPath(root)));
    }

    /** The path with symbolic links resolved, as far as it exists. */
    private static Path realPath(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + existing, e);
        }
    }
}
