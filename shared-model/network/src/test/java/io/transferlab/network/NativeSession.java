package io.transferlab.network;

import io.transferlab.network.backend.NativeRuntime;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prepares ND4J's native code once per test JVM, before any test loads it, as every service does at start: the native
 * build for this CPU and DL4J's oneDNN helpers on. Registered through META-INF/services.
 */
public final class NativeSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        NativeRuntime.prepare();
    }
}
