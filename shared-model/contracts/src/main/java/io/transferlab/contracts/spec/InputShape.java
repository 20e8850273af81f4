package io.transferlab.contracts.spec;

/** Image size a net takes: channels, height, width (NCHW). */
public record InputShape(int channels, int height, int width) {

    public int size() {
        return channels * height * width;
    }
}
