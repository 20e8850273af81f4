package io.transferlab.network.backend;

/** The two ND4J backends a trainer can run on, by the class ND4J registers for each and the tag metrics carry. */
public enum ComputeBackend {
    CPU("cpu", "org.nd4j.linalg.cpu.nativecpu.CpuBackend"),
    CUDA("cuda", "org.nd4j.linalg.jcublas.JCublasBackend");

    private final String tag;
    private final String backendClass;

    ComputeBackend(String tag, String backendClass) {
        this.tag = tag;
        this.backendClass = backendClass;
    }

    public String tag() {
        return tag;
    }

    public String backendClass() {
        return backendClass;
    }
}
