package io.transferlab.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** What the fault-injection suite did and what came of it, for its one summary line. */
final class FaultLedger {

    private final Map<String, Integer> faults = new LinkedHashMap<>();
    private int planned;
    private int completed;
    private int countedTwice;
    private int replayed;
    private int tried;
    private int rejected;

    synchronized void fault(String kind) {
        faults.merge(kind, 1, Integer::sum);
    }

    synchronized void planned(int jobs) {
        planned += jobs;
    }

    /** Jobs with an evaluation, and evaluations computed beyond one per job. */
    synchronized void completed(int jobs, int extraEvaluations) {
        completed += jobs;
        countedTwice += extraEvaluations;
    }

    synchronized void countedTwice(int extra) {
        countedTwice += extra;
    }

    synchronized void replayed(int messages) {
        replayed += messages;
    }

    synchronized void tried(int requests) {
        tried += requests;
    }

    synchronized void rejected(int requests) {
        rejected += requests;
    }

    synchronized String summary() {
        int injected = faults.values().stream().mapToInt(Integer::intValue).sum();
        String kinds = faults.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        return "FAULT SUITE: faults injected " + injected + " (" + kinds + "), messages delivered twice " + replayed
                + ", jobs planned " + planned + ", jobs completed " + completed + ", lost " + (planned - completed)
                + ", counted twice " + countedTwice + ", bad inputs tried " + tried + ", rejected " + rejected;
    }
}
