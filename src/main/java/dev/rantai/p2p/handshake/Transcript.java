package dev.rantai.p2p.handshake;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The bytes each side of a handshake signs (and, with a shared secret, authenticates with HMAC):
 * five fields, each as its length in bytes (4 bytes, big-endian) followed by the bytes.
 * <ol>
 * <li>the context {@value #CONTEXT};</li>
 * <li>the signer's role: {@code dialer} if it opened the TCP connection, else {@code listener};</li>
 * <li>the network (the genesis hash, 64 hex digits, in ASCII);</li>
 * <li>the dialer's {@code hello} line exactly as it crossed the wire, without the newline;</li>
 * <li>the listener's {@code hello} line, the same way.</li>
 * </ol>
 * Both hellos carry fresh nonces and the public keys, so a transcript, and a signature of it, belongs
 * to one connection: it cannot be replayed in another or relayed between two, and the role keeps a
 * node's own signature from being reflected back to it.
 */
public final class Transcript {
    public static final String CONTEXT = "rantai-p2p-handshake-v2";

    private Transcript() {
    }

    public static byte[] of(boolean signerDialed, String network, byte[] dialerHello, byte[] listenerHello) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 + dialerHello.length + listenerHello.length);
        field(out, CONTEXT.getBytes(StandardCharsets.US_ASCII));
        field(out, (signerDialed ? "dialer" : "listener").getBytes(StandardCharsets.US_ASCII));
        field(out, network.getBytes(StandardCharsets.US_ASCII));
        field(out, dialerHello);
        field(out, listenerHello);
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
