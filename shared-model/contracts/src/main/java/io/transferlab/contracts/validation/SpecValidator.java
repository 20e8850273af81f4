package io.transferlab.contracts.validation;

import io.transferlab.contracts.plan.Planner;
import io.transferlab.contracts.spec.Dataset;
import io.transferlab.contracts.spec.DatasetRef;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.NetArchitecture;
import io.transferlab.contracts.spec.Profile;
import io.transferlab.contracts.spec.ResolvedSplit;
import io.transferlab.contracts.spec.SplitSpec;
import io.transferlab.contracts.spec.Variant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Checks a request and says precisely what is wrong with it; an empty list means it may be planned. */
public final class SpecValidator {

    public static final Pattern EXPERIMENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern S3_LOCATION = Pattern.compile("s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/[A-Za-z0-9._/-]*)?");

    /** An echoed id longer than this is cut: a rejection must stay readable whatever a request holds. */
    private static final int ECHO_CHARS = 80;

    private final ValidationBounds bounds;
    private final BudgetChecks budgetChecks;

    public SpecValidator(ValidationBounds bounds) {
        this.bounds = bounds;
        this.budgetChecks = new BudgetChecks(bounds);
    }

    /**
     * What a budget or evaluation field allows (e.g. "a whole number from 1 to 1000"), for a rejection of a value that
     * could not even be read; empty for other paths.
     */
    public Optional<String> allowed(String field) {
        return budgetChecks.allowed(field);
    }

    /** The split against the class count of the data as read: an image folder's is known only then. */
    public static List<String> checkSplit(ResolvedSplit split, int classes) {
        List<String> problems = new ArrayList<>();
        new SplitChecks(classes).check(split, problems);
        return problems;
    }

    public List<String> validate(ExperimentSpec spec) {
        List<String> problems = new ArrayList<>();
        if (spec == null) {
            return List.of("request: empty");
        }
        if (spec.experimentId() == null || !EXPERIMENT_ID.matcher(spec.experimentId()).matches()) {
            problems.add("experimentId: " + (spec.experimentId() == null ? "missing" : "'" + echo(spec.experimentId())
                    + "'") + " must match " + EXPERIMENT_ID.pattern() + " (at most 63 characters)");
        }
        checkDataset(spec.dataset(), problems);
        if (spec.architecture() != null && NetArchitecture.fromId(spec.architecture()).isEmpty()) {
            problems.add("architecture: unknown architecture '" + spec.architecture() + "' (known: "
                    + NetArchitecture.ids() + ")");
        }
        if (spec.profile() != null && !Profile.ids().contains(spec.profile())) {
            problems.add("profile: unknown profile '" + spec.profile() + "' (known: " + Profile.ids() + ")");
        }
        checkDepths(spec.depths(), problems);
        checkVariants(spec.variants(), problems);
        checkSeeds(spec.seeds(), problems);
        Integer classes = spec.dataset() == null ? null
                : Dataset.fromId(spec.dataset().name()).flatMap(Dataset::classCount).orElse(null);
        if (spec.split() != null) {
            new SplitChecks(classes).check(spec.split().resolve(), problems);
            checkPairs(spec.split(), spec.seeds(), problems);
        }
        if (spec.profile() == null || Profile.ids().contains(spec.profile())) {
            budgetChecks.check(spec.budgetOverProfile(), spec.evaluationOverProfile(), problems);
            if (problems.isEmpty()) {
                int jobs = Planner.plan(spec.resolve()).size();
                if (jobs > bounds.maxJobs()) {
                    problems.add("plan: " + jobs + " nets exceed the configured bound of " + bounds.maxJobs());
                }
            }
        }
        return problems;
    }

    private static void checkDataset(DatasetRef dataset, List<String> problems) {
        if (dataset == null || dataset.name() == null) {
            problems.add("dataset.name: missing (known: " + Dataset.ids() + ")");
            return;
        }
        Optional<Dataset> known = Dataset.fromId(dataset.name());
        if (known.isEmpty()) {
            problems.add("dataset.name: unknown data set '" + dataset.name() + "' (known: " + Dataset.ids() + ")");
        }
        String location = dataset.location();
        if (location == null) {
            if (known.filter(Dataset.IMAGE_FOLDER::equals).isPresent()) {
                problems.add("dataset.location: an image-folder data set needs a location");
            } else if (known.isPresent() && known.get().defaultLocation().isEmpty()) {
                problems.add("dataset.location: " + dataset.name() + " has no default location; pass one");
            }
            return;
        }
        if (location.isBlank() || location.length() > 1024 || location.chars().anyMatch(Character::isISOControl)) {
            problems.add("dataset.location: must be a non-blank path or s3:// URI of at most 1024 printable characters");
        } else if (List.of(location.split("[/\\\\]")).contains("..")) {
            problems.add("dataset.location: '..' segments are not allowed");
        } else if (location.startsWith("s3:") && !S3_LOCATION.matcher(location).matches()) {
            problems.add("dataset.location: '" + location + "' is not a valid s3://bucket/prefix");
        }
    }

    private static void checkVariants(List<Variant> variants, List<String> problems) {
        checkDistinctNonEmpty("variants", variants, problems);
        for (int i = 0; variants != null && i < variants.size(); i++) {
            if (variants.get(i) == null) {
                problems.add("variants[" + i + "]: null is not a variant (known: " + Variant.labels() + ")");
            }
        }
    }

    private static void checkDepths(List<Integer> depths, List<String> problems) {
        if (depths == null) {
            return;
        }
        checkDistinctNonEmpty("depths", depths, problems);
        for (int i = 0; i < depths.size(); i++) {
            Integer n = depths.get(i);
            if (n == null || n < 1 || n > NetArchitecture.MAX_DEPTH) {
                problems.add("depths[" + i + "]: " + n + " is outside 1.." + NetArchitecture.MAX_DEPTH
                        + " (a cut after one of the " + NetArchitecture.WEIGHT_LAYERS + " weight layers)");
            }
        }
    }

    /** An A/A calibration compares the two replicas of each draw: every seed needs its partner. */
    private static void checkPairs(SplitSpec split, List<Long> seeds, List<String> problems) {
        List<Long> unpaired = split.draw() == null ? List.of()
                : split.draw().unpaired(seeds == null ? List.of(1L) : seeds);
        if (!unpaired.isEmpty()) {
            problems.add("seeds: split.draw paired-seeds trains seeds 2k-1 and 2k on one data draw (k = 1, 2, ...),"
                    + " so the seeds come in pairs (1 and 2, 3 and 4, ...); " + unpaired + " lack their partner");
        }
    }

    private void checkSeeds(List<Long> seeds, List<String> problems) {
        if (seeds == null) {
            return;
        }
        checkDistinctNonEmpty("seeds", seeds, problems);
        if (seeds.size() > bounds.maxSeeds()) {
            problems.add("seeds: " + seeds.size() + " seeds exceed the configured bound of " + bounds.maxSeeds());
        }
        for (int i = 0; i < seeds.size(); i++) {
            if (seeds.get(i) == null || seeds.get(i) < 0) {
                problems.add("seeds[" + i + "]: " + seeds.get(i) + " must be a non-negative integer");
            }
        }
    }

    /** An empty list or repeated values; a null value is its element's problem, named at the element's path. */
    static void checkDistinctNonEmpty(String field, List<?> values, List<String> problems) {
        if (values == null) {
            return;
        }
        if (values.isEmpty()) {
            problems.add(field + ": must not be empty");
            return;
        }
        Set<Object> seen = new HashSet<>();
        Set<Object> repeated = new TreeSet<>((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
        for (Object value : values) {
            if (value != null && !seen.add(value)) {
                repeated.add(value);
            }
        }
        if (!repeated.isEmpty()) {
            problems.add(field + ": repeated values " + repeated);
        }
    }

    private static String echo(String text) {
        return text == null || text.length() <= ECHO_CHARS ? text
                : text.substring(0, ECHO_CHARS) + "... (" + text.length() + " characters)";
    }
}
