package dev.rantai.p2p;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Self-signed certificates for tests, made with the JDK's {@code keytool} (the JDK has no public
 * API to create certificates) and written as PEM files: {@code <name>.crt} and {@code <name>.key}.
 */
final class TestCertificates {
    private static final String PASSWORD = "test-only";

    private TestCertificates() {
    }

    /** Makes a key pair and a self-signed certificate for 127.0.0.1; returns the certificate's path. */
    static Path create(Path dir, String name) throws Exception {
        Files.createDirectories(dir);
        Path store = dir.resolve(name + ".p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", name, "-keyalg", "RSA",
                "-keysize", "2048", "-dname", "CN=" + name, "-ext", "san=ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, PASSWORD.toCharArray());
        }
        Certificate cert = keyStore.getCertificate(name);
        PrivateKey key = (PrivateKey) keyStore.getKey(name, PASSWORD.toCharArray());
        Path certFile = dir.resolve(name + ".crt");
        write(certFile, "CERTIFICATE", cert.getEncoded());
        write(dir.resolve(name + ".key"), "PRIVATE KEY", key.getEncoded());
        return certFile;
    }

    static Path key(Path cert) {
        String name = cert.getFileName().toString().replace(".crt", ".key");
        return cert.resolveSibling(name);
    }

    /** Concatenates certificates into one PEM file: a trust file. */
    static Path bundle(Path file, Path... certs) throws IOException {
        StringBuilder pem = new StringBuilder();
        for (Path cert : certs) {
            pem.append(Files.readString(cert));
        }
        return Files.writeString(file, pem);
    }

    private static void write(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    }
}
