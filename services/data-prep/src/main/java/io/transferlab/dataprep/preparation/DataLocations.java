package io.transferlab.dataprep.preparation;

import io.transferlab.contracts.spec.DatasetRef;
import io.transferlab.contracts.spec.ResolvedDataset;
import io.transferlab.dataprep.config.DataPrepConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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

    /**
     * Why the request may not read its data from where it says; empty if it may, or if it names no location (the
     * validator says whether its data set has a default). Reads nothing but links.
     */
    public Optional<String> problem(DatasetRef dataset) {
        String location = dataset.location();
        if (location == null) {
            return Optional.empty();
        }
        return location.startsWith("s3://") ? S3Location.parse(location).problem(s3Prefixes) : localProblem(location);
    }

    /**
     * The directory to read, or why there is none; the caller closes it. A data set's default location is ours, not
     * the request's, and is read without the roots' check, as when the request names none.
     */
    public Checked<DataDirectory> open(ResolvedDataset dataset) {
        String location = dataset.location();
        if (dataset.isDefaultLocation()) {
            return Checked.of(new DataDirectory(Path.of(location), dataset.name().id() + "'s default location", false));
        }
        Optional<String> problem = problem(new DatasetRef(dataset.name().id(), location));
        if (problem.isPresent()) {
            return Checked.problem(problem.get());
        }
        if (location.startsWith("s3://")) {
            S3Location s3Location = S3Location.parse(location);
            return s3.download(s3Location.bucket(), s3Location.directory())
                    .then(dir -> Checked.of(new DataDirectory(dir, location, true)));
        }
        return Checked.of(new DataDirectory(Path.of(location).normalize(), location, false));
    }

    private Optional<String> localProblem(String location) {
        Path path;
        try {
            path = Path.of(location);
        } catch (InvalidPathException e) {
            return Optional.of("dataset.location: '" + location + "' is not a valid path");
        }
        if (!path.isAbsolute()) {
            return Optional.of("dataset.location: '" + location + "' must be an absolute path or s3://bucket/prefix");
        }
        Path normal = path.normalize();
        if (!allowed(normal) || !allowed(realPath(normal))) {
            return Optional.of("dataset.location: '" + location + "' is outside the allowed roots " + roots);
        }
        return Optional.empty();
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
