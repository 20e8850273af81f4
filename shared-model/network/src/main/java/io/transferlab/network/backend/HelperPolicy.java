package io.transferlab.network.backend;

/** What a process does when DL4J's convolution layers did not get their oneDNN (or cuDNN) helper. */
public enum HelperPolicy {
    /** Log a warning and train on DL4J's own, several times slower, convolution path. */
    WARN,
    /** Refuse to start. */
    REFUSE
}
