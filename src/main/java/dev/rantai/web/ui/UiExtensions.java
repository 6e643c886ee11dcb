package dev.rantai.web.ui;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.rantai.chain.Block;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.store.StoredBlock;
import io.quarkus.qute.TemplateExtension;

/** How values look on the dashboard; view-only, so kept out of the records they format. */
@TemplateExtension
public final class UiExtensions {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("HH:mm:ss.SSS 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int SHORT_HASH = 12;

    private UiExtensions() {
    }

    /** The first hex digits of a hash, enough to tell blocks apart on a page. */
    static String shortHash(String hash) {
        return hash.length() <= SHORT_HASH ? hash : hash.substring(0, SHORT_HASH) + "…";
    }

    /** Block time as 2026-11-23 22:40:01 UTC. */
    static String time(Block block) {
        return UTC.format(Instant.ofEpochMilli(block.timestamp()));
    }

    /** Block time for a {@code <time datetime>} attribute. */
    static String isoTime(Block block) {
        return Instant.ofEpochMilli(block.timestamp()).toString();
    }

    /** When this node stored the block. */
    static String receivedTime(StoredBlock block) {
        return UTC.format(Instant.ofEpochMilli(block.receivedAt()));
    }

    static String receivedIso(StoredBlock block) {
        return Instant.ofEpochMilli(block.receivedAt()).toString();
    }

    /** Where a block came from, in words. */
    static String explain(BlockSource source) {
        return switch (source) {
            case GENESIS -> "genesis: computed from the network's settings, the same on every node";
            case LOCAL -> "local: mined here for data given to this node";
            case PEER -> "peer: received from another node";
            case BOOK -> "book: mined here for data a node of the book sent";
        };
    }

    static String time(PeerMessage message) {
        return UTC.format(Instant.ofEpochMilli(message.time()));
    }

    static String isoTime(PeerMessage message) {
        return Instant.ofEpochMilli(message.time()).toString();
    }

    /** Epoch milliseconds for a {@code <time datetime>} attribute. */
    static String isoMillis(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    /** Epoch milliseconds as 22:40:01.123 UTC: propagation is a matter of milliseconds. */
    static String utcMillis(long epochMillis) {
        return UTC_MILLIS.format(Instant.ofEpochMilli(epochMillis));
    }

    static String utc(Instant instant) {
        return UTC.format(instant);
    }

    static String millis(Duration duration) {
        return String.format(Locale.ROOT, "%.1f ms", duration.toNanos() / 1e6);
    }

    /** The first characters of a block's data on one line, for lists. */
    static String preview(Block block) {
        return preview(block.data(), EventHub.PREVIEW_CHARS);
    }

    static int dataBytes(Block block) {
        return block.data().getBytes(StandardCharsets.UTF_8).length;
    }

    /** Total work as a power of two, e.g. 2^20.3: the decimal number is shown beside it. */
    static String log2(BigInteger work) {
        int bits = work.bitLength();
        if (bits <= 53) {
            return String.format(Locale.ROOT, "2^%.1f", Math.log(work.doubleValue()) / Math.log(2));
        }
        double top = work.shiftRight(bits - 53).doubleValue();
        return String.format(Locale.ROOT, "2^%.1f", bits - 53 + Math.log(top) / Math.log(2));
    }

    static String preview(String data, int chars) {
        String oneLine = data.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= chars ? oneLine : oneLine.substring(0, chars) + "…";
    }
}
