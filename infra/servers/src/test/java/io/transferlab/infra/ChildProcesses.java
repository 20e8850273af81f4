package io.transferlab.infra;

import java.util.List;

/** The processes this test JVM started: the servers under test. */
final class ChildProcesses {

    private ChildProcesses() {
    }

    static List<ProcessHandle> alive() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList();
    }
}
