package dev.rantai.bench.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;

import dev.rantai.chain.Hashes;

/**
 * A node key of protocol version 2 (docs/protocol.md, Identity and Handshake): an Ed25519 key pair, the node
 * id derived from it, and the signature of a handshake transcript. A new one per connection costs about
 * 0.1 ms, so every attacking connection can be a node of its own.
 */
final class Identity {
    private static final HexFormat HEX = HexFormat.of();
    private static final String CONTEXT = "rantai-p2p-handshake-v2";
    private final KeyPair pair;
    private final String key;

    private Identity(KeyPair pair) {
        this.pair = pair;
        byte[] spki = pair.getPublic().getEncoded();
        // an Ed25519 SubjectPublicKeyInfo ends with the 32 raw bytes of the key (RFC 8410)
        this.key = HEX.formatHex(Arrays.copyOfRange(spki, spki.length - 32, spki.length));
    }

    static Identity random() {
        return of(new SecureRandom());
    }

    /** The key whose RFC 8032 private key is the first 32 bytes {@code random} gives. */
    static Identity of(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(255, random);
            return new Identity(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has Ed25519", e);
        }
    }

    /** The raw public key, 64 lowercase hex digits. */
    String key() {
        return key;
    }

    /** The first 16 bytes of SHA-256 of the raw public key, 32 lowercase hex digits. */
    String nodeId() {
        return nodeIdOf(key);
    }

    static String nodeIdOf(String key) {
        return HEX.formatHex(Arrays.copyOf(Hashes.sha256(HEX.parseHex(key)), 16));
    }

    /** The signature of the transcript of one handshake, 128 lowercase hex digits. */
    String sign(boolean dialer, String network, String dialerHello, String listenerHello) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(pair.getPrivate());
            signature.update(transcript(dialer ? "dialer" : "listener", network, dialerHello, listenerHello));
            return HEX.formatHex(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each field as its length (4 bytes, big-endian) and its bytes. */
    static byte[] transcript(String role, String network, String dialerHello, String listenerHello) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String field : new String[] { CONTEXT, role, network, dialerHello, listenerHello }) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }
}
