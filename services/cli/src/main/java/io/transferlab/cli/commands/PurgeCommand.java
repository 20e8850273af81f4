package io.transferlab.cli.commands;

import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.storage.ObjectStore;
import io.transferlab.storage.StorageSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code transferlab purge ID [--dry-run]}: removes everything the experiment stored in the bucket (its shards,
 * checkpoints, evaluations and accepted request), never its events in Kafka: the results stay readable.
 */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = "Remove an experiment's objects from the bucket (shards, checkpoints, evaluations, the accepted "
                + "request) and print each with its size; its events in Kafka, results included, are kept. Only for "
                + "an experiment that has finished (and, for a study, once every level has).")
public final class PurgeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The experiment id.")
    String experimentId;

    @Option(names = "--dry-run", description = "List what would be removed and its size; remove nothing.")
    boolean dryRun;

    @Mixin
    StorageEndpoint storage;

    @Override
    public Integer call() {
        String prefix = ObjectKeys.experiment(experimentId);
        StorageSettings settings = storage.settings();
        ObjectStore store = new ObjectStore(settings);
        // The accepted request first: a purge cut short never leaves an experiment that a resubmission would announce
        // again without the shards its jobs need.
        String accepted = ObjectKeys.accepted(experimentId);
        List<ObjectStore.Listed> objects = store.listed(prefix).stream()
                .sorted(Comparator.comparing((ObjectStore.Listed o) -> !o.key().equals(accepted))).toList();
        long bytes = 0;
        for (ObjectStore.Listed object : objects) {
            System.out.printf(Locale.ROOT, "%,15d  %s%n", object.size(), object.key());
            if (!dryRun) {
                store.remove(object.key());
            }
            bytes += object.size();
        }
        String where = "s3://" + settings.bucket() + "/" + prefix;
        if (objects.isEmpty()) {
            System.out.println("nothing stored under " + where);
        } else {
            System.out.printf(Locale.ROOT, "%s %d objects, %,d bytes under %s%s%n", dryRun ? "would remove" : "removed",
                    objects.size(), bytes, where, dryRun ? " (dry run: nothing removed)"
                            : "; the experiment's events in Kafka, its results included, are kept");
        }
        return ExitCodes.OK;
    }
}
