package dev.rantai.p2p;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The node's id: 32 random hex digits in {@code <data-dir>/node-id}, kept across restarts. Read at start-up. */
public final class NodeIdentity {
    public static final String FILE_NAME = "node-id";

    private NodeIdentity() {
    }

    public static String loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                String id = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (id.matches("[0-9a-f]{32}")) {
                    return id;
                }
                throw new IllegalStateException(file.toAbsolutePath() + " does not hold a node id (32 hex digits):"
                        + " delete it to get a new one");
            }
            byte[] bytes = new byte[16];
            new SecureRandom().nextBytes(bytes);
            String id = HexFormat.of().formatHex(bytes);
            Files.createDirectories(dataDir);
            Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file.toAbsolutePath(), e);
        }
    }
}
