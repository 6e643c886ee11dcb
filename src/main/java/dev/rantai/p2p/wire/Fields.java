package dev.rantai.p2p.wire;

/** Input checks shared by the message records. */
final class Fields {
    private Fields() {
    }

    static void require(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
