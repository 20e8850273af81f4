package io.transferlab.dataprep.preparation;

import java.util.List;
import java.util.Optional;

/**
 * An s3:// location a request names.
 *
 * @param location  as the request wrote it
 * @param directory the key prefix, ending in "/" so that "data/mnist" does not also take "data/mnist-old/..."; empty
 *                  for a whole bucket
 */
record S3Location(String location, String bucket, String directory) {

    static S3Location parse(String location) {
        String rest = location.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : rest.substring(slash + 1);
        String directory = prefix.isEmpty() || prefix.equals("/") ? "" : prefix.endsWith("/") ? prefix : prefix + "/";
        return new S3Location(location, bucket, directory);
    }

    /** Why a request may not read from here: a whole bucket, or outside every allowed prefix. */
    Optional<String> problem(List<String> allowedPrefixes) {
        if (directory.isEmpty()) {
            return Optional.of("dataset.location: '" + location + "' names a whole bucket; give s3://bucket/prefix");
        }
        String normalised = "s3://" + bucket + "/" + directory;
        if (allowedPrefixes.stream().noneMatch(normalised::startsWith)) {
            return Optional.of("dataset.location: '" + location + "' is outside the allowed S3 locations "
                    + allowedPrefixes);
        }
        return Optional.empty();
    }
}
