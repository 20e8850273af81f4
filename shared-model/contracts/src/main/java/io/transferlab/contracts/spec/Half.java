package io.transferlab.contracts.spec;

/** One of the two disjoint class halves of a data set. */
public enum Half {
    A, B;

    public Half other() {
        return this == A ? B : A;
    }
}
