package dev.rantai.web.ui;

/**
 * One P2P message, as the live feed shows it.
 *
 * @param type the message type ({@code hello}, {@code block}, {@code ping}, ...)
 * @param direction {@code in} (received) or {@code out} (sent)
 * @param peer host:port of the other side
 * @param size bytes on the wire, the newline included
 * @param time epoch milliseconds when it was sent or received
 */
public record PeerMessage(String type, String direction, String peer, int size, long time) {
}
