package io.transferlab.cli.commands;

import io.transferlab.cli.local.LocalStack;
import io.transferlab.infra.ServiceProcess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code transferlab local}: the whole system on this machine ({@link LocalStack}), one request followed to the end;
 * everything started is stopped again, on Ctrl-C too.
 */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = "Start broker, S3 server and the four services locally, run one experiment, stop everything.")
public final class LocalCommand implements Callable<Integer> {

    @Mixin
    RequestSource source;

    @Mixin
    StackOptions stack;

    @Mixin
    FollowOptions following;

    @Override
    public Integer call() throws Exception {
        String request = source.read();
        try (LocalStack running = stack.start(System.out)) {
            List<String> trainers = running.services("trainer").stream().map(ServiceProcess::url).toList();
            List<ServiceProcess> others = LocalStack.SERVICES.stream().filter(name -> !name.equals("trainer"))
                    .flatMap(name -> running.services(name).stream()).toList();
            Map<String, Duration> cpuBefore = cpuTimes(others);
            long began = System.nanoTime();
            try (IdleSampler idle = new IdleSampler(running.kafka(), trainers)) {
                int status = new SweepSession(running.kafka(), running.state().aggregator(), System.out)
                        .run(request, true, following.results, following.timeout());
                Duration wall = Duration.ofNanos(System.nanoTime() - began);
                Map<String, Duration> cpu = new LinkedHashMap<>();
                cpuTimes(others).forEach((name, after) -> cpu.put(name, after.minus(cpuBefore.get(name))));
                System.out.println(SweepEfficiency.report(wall, trainers, running.services("evaluator").get(0).url(),
                        idle.idleTime(), cpu));
                return status;
            }
        }
    }

    /** Each service's CPU time so far, by name, in the order given. */
    private static Map<String, Duration> cpuTimes(List<ServiceProcess> services) {
        Map<String, Duration> times = new LinkedHashMap<>();
        services.forEach(service -> times.put(service.name(), service.cpuTime()));
        return times;
    }
}
