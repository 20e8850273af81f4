package io.transferlab.dataprep.preparation;

import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.plan.Planner;
import io.transferlab.contracts.spec.DatasetRef;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.spec.SplitSpec;
import io.transferlab.dataprep.Requests;
import io.transferlab.service.storage.AcceptedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The handler's decisions, without Quarkus, a broker or object storage: the shards are the test's. */
class RequestHandlerTest {

    @TempDir
    Path root;

    private final AcceptedStore accepted = Handlers.memory();
    private final List<ResolvedSpec> prepared = new ArrayList<>();

    @Test
    void validRequestIsAcceptedWithItsPlanAndShards() throws Exception {
        ExperimentSpec spec = Requests.small("valid", data().toString());

        ExperimentAccepted event = accepted(handler().handle("valid", json(spec)));

        ResolvedSpec resolved = spec.resolve();
        assertThat(event.experimentId()).isEqualTo("valid");
        assertThat(event.spec()).isEqualTo(resolved);
        assertThat(event.specDigest()).isEqualTo(Json.digest(resolved));
        assertThat(event.plan()).isEqualTo(Planner.plan(resolved)).hasSize(6);
        assertThat(event.shards()).isEqualTo(Handlers.SHARDS);
        assertThat(accepted.find("valid")).contains(event);
    }

    /** A bad location and a bad split (and a bad depth) are named together, before any data is read. */
    @Test
    void everyProblemIsListedInOneRejection() {
        ExperimentSpec spec = Requests.withSplit(Requests.withDepths(Requests.small("several", "/etc"), List.of(1, 9)),
                SplitSpec.explicit(List.of(0, 1, 2), List.of(2, 3, 4)));

        Outcome.Rejected rejected = rejected(handler().handle("key", json(spec)));

        assertThat(rejected.experimentId()).isEqualTo("several");
        assertThat(rejected.unreadable()).isFalse();
        assertThat(rejected.reasons()).containsExactlyInAnyOrder(
                "depths[1]: 9 is outside 1..7 (a cut after one of the 8 weight layers)",
                "split: classesA and classesB overlap in [2]",
                "dataset.location: '/etc' is outside the allowed roots [" + root + "]");
        assertThat(prepared).isEmpty();
    }

    @Test
    void aLocationTheValidatorFaultsIsNamedOnce() {
        ExperimentSpec spec = Requests.small("traversal", root + "/../../etc");

        assertThat(rejected(handler().handle("key", json(spec))).reasons())
                .containsExactly("dataset.location: '..' segments are not allowed");
    }

    @Test
    void aDataSetWithoutADefaultLocationNeedsOne() {
        ExperimentSpec spec = new ExperimentSpec("cifar", new DatasetRef("cifar10", null), null, null,
                Requests.DEPTHS, Requests.VARIANTS, null, "quick", null, null);

        assertThat(rejected(handler().handle("key", json(spec))).reasons())
                .containsExactly("dataset.location: cifar10 has no default location; pass one");
    }

    @Test
    void dataThatCannotBeReadIsARejectionUnderTheRequestsId() throws Exception {
        String problem = "dataset: " + root + "/train-images-idx3-ubyte: file not found";
        RequestHandler handler = Handlers.handler(root, accepted, spec -> Checked.problem(problem));

        Outcome.Rejected rejected = rejected(handler.handle("key", json(Requests.small("no-data", data().toString()))));

        assertThat(rejected.experimentId()).isEqualTo("no-data");
        assertThat(rejected.reasons()).containsExactly(problem);
        assertThat(accepted.find("no-data")).isEmpty();
    }

    @Test
    void sameRequestIsAcceptedAgainAndADifferentOneUnderItsIdRejected() throws Exception {
        ExperimentSpec spec = Requests.small("twice", data().toString());
        ExperimentAccepted first = accepted(handler().handle("twice", json(spec)));

        assertThat(accepted(handler().handle("twice", json(spec)))).isEqualTo(first);
        assertThat(prepared).hasSize(1);
        assertThat(rejected(handler().handle("twice", json(Requests.withDepths(spec, List.of(1))))).reasons())
                .containsExactly("experimentId: 'twice' is already used by a different request");
    }

    @Test
    void aRecordThatIsNoRequestIsRejectedUnderItsKeyAsUnreadable() {
        Outcome.Rejected rejected = rejected(handler().handle("key", "not json".getBytes(StandardCharsets.UTF_8)));

        assertThat(rejected.experimentId()).isEqualTo("key");
        assertThat(rejected.unreadable()).isTrue();
    }

    /** A bug is this service's failure, not the author's: it is thrown, never answered as a rejection. */
    @Test
    void aBugIsThrownNotRejected() throws Exception {
        RequestHandler handler = Handlers.handler(root, accepted, spec -> {
            throw new IllegalArgumentException("need positive sizes");
        });
        byte[] request = json(Requests.small("bug", data().toString()));

        assertThatThrownBy(() -> handler.handle("bug", request)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("need positive sizes");
        assertThat(accepted.find("bug")).isEmpty();
    }

    private RequestHandler handler() {
        return Handlers.handler(root, accepted, spec -> {
            prepared.add(spec);
            return Checked.of(Handlers.SHARDS);
        });
    }

    private Path data() throws Exception {
        return Files.createDirectories(root.resolve("mnist"));
    }

    private static byte[] json(ExperimentSpec spec) {
        return Json.write(spec).getBytes(StandardCharsets.UTF_8);
    }

    private static ExperimentAccepted accepted(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted) outcome).events().get(0);
    }

    private static Outcome.Rejected rejected(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        return (Outcome.Rejected) outcome;
    }
}
