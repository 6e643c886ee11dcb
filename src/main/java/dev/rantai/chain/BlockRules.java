package dev.rantai.chain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The rules of ARCHITECTURE.md, checked against a block's parent. The first broken rule is reported. */
public final class BlockRules {
    private final ChainParams params;
    private final Block genesis;

    public BlockRules(ChainParams params, Block genesis) {
        this.params = params;
        this.genesis = genesis;
    }

    public ChainParams params() {
        return params;
    }

    public Block genesis() {
        return genesis;
    }

    /**
     * Checks a block.
     *
     * @param parent the block's parent if the store knows it (ignored for index 0)
     * @param nowMillis the local clock, for the future-drift rule
     */
    public Optional<RuleViolation> check(Block block, Optional<Block> parent, long nowMillis) {
        if (!Hashes.isHash(block.hash()) || !Hashes.isHash(block.previousHash()) || block.index() < 0) {
            return violation(Rule.FORMAT, "hash and previousHash must be 64 lowercase hex digits, index >= 0");
        }
        if (block.index() == 0) {
            return block.equals(genesis) ? Optional.empty()
                    : violation(Rule.GENESIS, "block " + block.hash() + " is not this network's genesis "
                            + genesis.hash());
        }
        Optional<RuleViolation> text = checkText(block.data());
        if (text.isPresent()) {
            return text;
        }
        // the data's UTF-8 is encoded once, for its size and for its hash in the header
        byte[] utf8 = block.data().getBytes(StandardCharsets.UTF_8);
        Optional<RuleViolation> size = checkSize(utf8);
        if (size.isPresent()) {
            return size;
        }
        if (block.difficulty() != params.difficulty()) {
            return violation(Rule.DIFFICULTY,
                    "difficulty is " + block.difficulty() + ", the network's is " + params.difficulty());
        }
        byte[] digest = Hashes.sha256(BlockHeader.encode(block.index(), block.timestamp(),
                Hashes.parseHash(block.previousHash()), Hashes.sha256(utf8), block.difficulty(), block.nonce()));
        if (!Hashes.isHexOf(digest, block.hash())) {
            return violation(Rule.HASH,
                    "hash is " + block.hash() + " but the header hashes to " + Hashes.hex(digest));
        }
        int zeros = Hashes.leadingZeroBits(digest);
        if (zeros < block.difficulty()) {
            return violation(Rule.PROOF_OF_WORK,
                    "hash has " + zeros + " leading zero bits, difficulty requires " + block.difficulty());
        }
        if (block.timestamp() > nowMillis + params.maxFutureDrift().toMillis()) {
            return violation(Rule.TIMESTAMP_IN_FUTURE, "timestamp " + block.timestamp() + " is more than "
                    + params.maxFutureDrift().toMillis() + " ms ahead of this node's clock " + nowMillis);
        }
        if (parent.isEmpty()) {
            return violation(Rule.PARENT_KNOWN, "no known block has hash " + block.previousHash());
        }
        Block p = parent.get();
        if (!p.hash().equals(block.previousHash())) {
            return violation(Rule.PREVIOUS_HASH,
                    "previousHash " + block.previousHash() + " is not the parent's hash " + p.hash());
        }
        if (block.index() != p.index() + 1) {
            return violation(Rule.INDEX, "index is " + block.index() + ", the parent's is " + p.index());
        }
        if (block.timestamp() < p.timestamp()) {
            return violation(Rule.TIMESTAMP_BEFORE_PARENT,
                    "timestamp " + block.timestamp() + " is before the parent's " + p.timestamp());
        }
        return Optional.empty();
    }

    /** The data rules alone, which a submission must pass before anything is mined. */
    public Optional<RuleViolation> checkData(String data) {
        Optional<RuleViolation> text = checkText(data);
        return text.isPresent() ? text : checkSize(data.getBytes(StandardCharsets.UTF_8));
    }

    /** Data that is present and has a UTF-8 form (without an unpaired surrogate, which would encode as '?'). */
    private static Optional<RuleViolation> checkText(String data) {
        if (data == null || data.isEmpty()) {
            return violation(Rule.DATA_EMPTY, "data is empty");
        }
        if (!isWellFormed(data)) {
            return violation(Rule.DATA_NOT_UTF8, "data contains an unpaired surrogate and has no UTF-8 form");
        }
        return Optional.empty();
    }

    private Optional<RuleViolation> checkSize(byte[] utf8) {
        int bytes = utf8.length;
        if (bytes > params.maxDataBytes()) {
            return violation(Rule.DATA_TOO_LARGE,
                    "data is " + bytes + " bytes of UTF-8, at most " + params.maxDataBytes() + " are allowed");
        }
        return Optional.empty();
    }

    private static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<RuleViolation> violation(Rule rule, String detail) {
        return Optional.of(new RuleViolation(rule, detail));
    }
}
