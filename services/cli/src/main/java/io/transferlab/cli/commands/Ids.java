package io.transferlab.cli.commands;

/** Experiment ids as the CLI prints them. */
final class Ids {

    /** The longest id an accepted experiment can have; longer ones (in rejected requests) are cut. */
    private static final int LONGEST = 63;

    private Ids() {
    }

    /** A rejected request's id can be any text: cut, so that one bad request cannot flood a terminal. */
    static String display(String id) {
        return id.length() <= LONGEST ? id : id.substring(0, LONGEST - 3) + "... (" + id.length() + " characters)";
    }
}
