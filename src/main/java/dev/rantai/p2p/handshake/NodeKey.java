package dev.rantai.p2p.handshake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

import org.jboss.logging.Logger;

import dev.rantai.chain.Hashes;

/**
 * This node's Ed25519 key pair (RFC 8032, from the JDK) and the node id derived from it: the first
 * 16 bytes of SHA-256 of the raw 32-byte public key, as 32 lowercase hex digits. The private key
 * lives in {@code <data-dir>/node-key} as a PEM PKCS#8 {@code PRIVATE KEY} (RFC 8410), created on
 * the first start with owner-only permissions ({@code rw-------}); {@code openssl pkey -in node-key
 * -pubout} reads it. A {@code node-id} file of an older version (a random id, nothing to prove it
 * with) is replaced by the key on the first start. Thread-safe.
 */
public final class NodeKey {
    public static final String FILE_NAME = "node-key";
    /** The file of the random node id that older versions kept; removed once the key exists. */
    public static final String LEGACY_ID_FILE = "node-id";
    private static final Logger LOG = Logger.getLogger(NodeKey.class);
    private static final HexFormat HEX = HexFormat.of();
    /** DER of PKCS#8 for Ed25519 up to the 32-byte seed (RFC 8410, section 7). */
    private static final byte[] PKCS8_PREFIX = HEX.parseHex("302e020100300506032b657004220420");
    /** DER of an X.509 SubjectPublicKeyInfo for Ed25519 up to the 32-byte key (RFC 8410, section 4). */
    private static final byte[] X509_PREFIX = HEX.parseHex("302a300506032b6570032100");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final PrivateKey privateKey;
    private final byte[] publicKey;
    private final String publicKeyHex;
    private final String nodeId;

    private NodeKey(PrivateKey privateKey, byte[] publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey.clone();
        this.publicKeyHex = HEX.formatHex(publicKey);
        this.nodeId = nodeIdOf(publicKey);
    }

    /** The key of the 32-byte seed (RFC 8032's private key); Ed25519 is deterministic, so tests can use fixed seeds. */
    public static NodeKey fromSeed(byte[] seed) {
        if (seed.length != 32) {
            throw new IllegalArgumentException("an Ed25519 seed has 32 bytes, had " + seed.length);
        }
        try {
            // The JDK derives the public key only while generating a pair: it takes the seed from the
            // random source, so a source that yields exactly this seed gives this seed's pair.
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
            KeyPair pair = generator.generateKeyPair();
            return new NodeKey(pair.getPrivate(), rawPublicKey(pair.getPublic()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }

    /** A new random key. */
    public static NodeKey generate() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return fromSeed(seed);
    }

    /** Loads {@code <dataDir>/node-key}, or creates it (and removes an older {@code node-id}). */
    public static NodeKey loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                warnIfReadableByOthers(file);
                return fromPem(Files.readString(file, StandardCharsets.US_ASCII), file);
            }
            Files.createDirectories(dataDir);
            byte[] seed = new byte[32];
            new SecureRandom().nextBytes(seed);
            NodeKey key = fromSeed(seed);
            writeOwnerOnly(file, toPem(seed));
            Path legacy = dataDir.resolve(LEGACY_ID_FILE);
            if (Files.exists(legacy)) {
                String old = Files.readString(legacy, StandardCharsets.UTF_8).trim();
                Files.delete(legacy);
                LOG.infof("This node's id is now %s, derived from its new key %s (the random id %s of %s is retired;"
                        + " peers learn the new id at their next handshake)", key.nodeId(), file.toAbsolutePath(),
                        old.length() == 32 ? old : "?", legacy.getFileName());
            } else {
                LOG.infof("Created this node's key %s: node id %s", file.toAbsolutePath(), key.nodeId());
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the node key " + file.toAbsolutePath(), e);
        }
    }

    static NodeKey fromPem(String pem, Path file) {
        String body = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            der = new byte[0];
        }
        if (der.length != PKCS8_PREFIX.length + 32
                || !Arrays.equals(der, 0, PKCS8_PREFIX.length, PKCS8_PREFIX, 0, PKCS8_PREFIX.length)) {
            throw new IllegalStateException(file.toAbsolutePath() + " does not hold an Ed25519 private key"
                    + " (PEM PKCS#8): restore it from a backup, or delete it to give this node a new identity");
        }
        return fromSeed(Arrays.copyOfRange(der, PKCS8_PREFIX.length, der.length));
    }

    static String toPem(byte[] seed) {
        byte[] der = new byte[PKCS8_PREFIX.length + 32];
        System.arraycopy(PKCS8_PREFIX, 0, der, 0, PKCS8_PREFIX.length);
        System.arraycopy(seed, 0, der, PKCS8_PREFIX.length, 32);
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getEncoder().encodeToString(der) + "\n-----END PRIVATE KEY-----\n";
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(temp);
        }
        Files.writeString(temp, content, StandardCharsets.US_ASCII);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file);
        }
    }

    private static void warnIfReadableByOthers(Path file) {
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
                LOG.warnf("%s is readable by others (%s): whoever reads it can impersonate this node;"
                        + " chmod 600 it", file.toAbsolutePath(),
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            }
        } catch (IOException e) {
            LOG.debugf("Cannot read the permissions of %s: %s", file, e.getMessage());
        }
    }

    /** The node id of a raw 32-byte public key. */
    public static String nodeIdOf(byte[] rawPublicKey) {
        return HEX.formatHex(Hashes.sha256(rawPublicKey), 0, 16);
    }

    /** The node id of a public key written as 64 hex digits. */
    public static String nodeIdOf(String publicKeyHex) {
        return nodeIdOf(HEX.parseHex(publicKeyHex));
    }

    public String nodeId() {
        return nodeId;
    }

    /** The raw 32-byte public key as 64 lowercase hex digits, as the hello carries it. */
    public String publicKeyHex() {
        return publicKeyHex;
    }

    /** The Ed25519 signature (64 bytes) of the message. */
    public byte[] sign(byte[] message) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with Ed25519", e);
        }
    }

    /** Whether {@code signature} is the Ed25519 signature of {@code message} by the 32-byte key {@code rawPublicKey}. */
    public static boolean verify(byte[] rawPublicKey, byte[] message, byte[] signature) {
        try {
            byte[] x509 = new byte[X509_PREFIX.length + 32];
            System.arraycopy(X509_PREFIX, 0, x509, 0, X509_PREFIX.length);
            System.arraycopy(rawPublicKey, 0, x509, X509_PREFIX.length, 32);
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // a key that is not a point of the curve, or a malformed signature
            return false;
        }
    }

    private static byte[] rawPublicKey(PublicKey key) {
        byte[] x509 = key.getEncoded();
        return Arrays.copyOfRange(x509, x509.length - 32, x509.length);
    }

    @Override
    public String toString() {
        return "NodeKey[" + nodeId + "]";
    }

    /** A "random" source that yields one seed: how the JDK is made to derive the public key of a seed. */
    private static final class FixedSeed extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        FixedSeed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("expected a request for " + seed.length + " bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }
}
