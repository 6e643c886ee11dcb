package dev.rantai.p2p.wire;

/**
 * The bounds of the wire that depend on the node's settings: the longest line
 * ({@code rantai.p2p.max-frame-bytes}) and the largest block data ({@code rantai.chain.max-data-bytes}),
 * both in bytes. The other bounds are fixed by the protocol and live with the records.
 */
public record WireLimits(int maxFrameBytes, int maxDataBytes) {
    /**
     * What a block's JSON needs besides its data: the fixed fields at their longest (two hashes,
     * three 64-bit numbers and the difficulty) and the {@code blocks} or {@code block} envelope.
     */
    public static final int BLOCK_OVERHEAD_BYTES = 512;
    /** JSON escapes a control character as {@code \}{@code u00XX}: six bytes for one byte of data. */
    public static final int WORST_ESCAPE_FACTOR = 6;

    public WireLimits {
        if (maxFrameBytes < 1024) {
            throw new IllegalArgumentException("max-frame-bytes must be at least 1024, was " + maxFrameBytes);
        }
        if (maxDataBytes < 1) {
            throw new IllegalArgumentException("max-data-bytes must be at least 1, was " + maxDataBytes);
        }
    }

    /** The longest line one block of {@code maxDataBytes} can take, with every byte escaped. */
    public static long worstBlockLineBytes(int maxDataBytes) {
        return (long) maxDataBytes * WORST_ESCAPE_FACTOR + BLOCK_OVERHEAD_BYTES;
    }

    /** Whether a line of {@code maxFrameBytes} holds any block that the data limit allows. */
    public boolean holdsAnyBlock() {
        return worstBlockLineBytes(maxDataBytes) <= maxFrameBytes;
    }
}
