package dev.rantai.chain;

/** Every rule a block must satisfy; a rejection names the one it broke. */
public enum Rule {
    FORMAT("hashes are 64 lowercase hex digits and the index is not negative"),
    GENESIS("a block at index 0 must be this network's genesis block"),
    PARENT_KNOWN("the parent block (previousHash) must be known"),
    INDEX("index must be the parent's index + 1"),
    PREVIOUS_HASH("previousHash must be the parent's hash"),
    HASH("hash must be the SHA-256 of the block's 92-byte header"),
    PROOF_OF_WORK("hash must have at least 'difficulty' leading zero bits"),
    DIFFICULTY("difficulty must be the network's difficulty"),
    TIMESTAMP_BEFORE_PARENT("timestamp must not be before the parent's timestamp"),
    TIMESTAMP_IN_FUTURE("timestamp must not be further in the future than the allowed drift"),
    DATA_EMPTY("data must not be empty"),
    DATA_TOO_LARGE("data must not exceed the maximum size in UTF-8 bytes"),
    DATA_NOT_UTF8("data must be valid UTF-8 text");

    private final String description;

    Rule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The name used in JSON and logs: lowercase with dashes, like {@code previous-hash}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
