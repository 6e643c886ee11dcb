package dev.rantai;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import dev.rantai.web.problem.MalformedRequestRoutes;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The node's entry point: {@code java -jar quarkus-run.jar}, the container image and {@code quarkus:dev}
 * start here. It sets, before Quarkus loads its HTTP layer and the SQLite driver, what can only be set as a
 * system property, then runs the node until it is stopped.
 */
@QuarkusMain
public final class RantaiMain {
    /** sqlite-jdbc's system property: the folder to load its native library from before anything else. */
    static final String SQLITE_LIBRARY_PATH = "org.sqlite.lib.path";
    /** Beside {@code quarkus-run.jar}: where {@code deploy/jvm/sqlite-native.sh} puts SQLite's native library. */
    static final String SHIPPED_NATIVE_FOLDER = "lib/native";

    private RantaiMain() {
    }

    /**
     * @param args the command line, passed on to Quarkus
     */
    public static void main(String... args) {
        // A request target that is not a URI gets the node's clear 400, not Quarkus' bare one.
        System.setProperty(MalformedRequestRoutes.QUARKUS_URI_CHECK, "true");
        if (System.getProperty(SQLITE_LIBRARY_PATH) == null) {
            shippedSqliteLibrary(System.getProperty("java.class.path"))
                    .ifPresent(folder -> System.setProperty(SQLITE_LIBRARY_PATH, folder.toString()));
        }
        Quarkus.run(args);
    }

    /**
     * The folder of SQLite's native library shipped with the application, if there is one: {@code lib/native}
     * beside the jar the JVM was started with ({@code target/fast-start/quarkus-run.jar}, or
     * {@code /deployments/quarkus-run.jar} in the container image), holding the library under the name this
     * platform gives it ({@code libsqlitejdbc.so} on Linux). Loaded from there, SQLite is ready without the
     * driver's usual start: writing its own copy of the library into the temporary directory at every start
     * and loading it from there, which fails where {@code /tmp} is mounted {@code noexec}. Where there is no such folder (a
     * build without it, tests, dev
     * mode) the driver does as usual; a library that does not load (another platform's) makes it fall back to
     * its own copy as well.
     *
     * @param classPath the JVM's class path ({@code java.class.path}); its first entry is the application's jar
     * @return the absolute folder, or empty
     */
    static Optional<Path> shippedSqliteLibrary(String classPath) {
        if (classPath == null || classPath.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path application = Path.of(classPath.split(File.pathSeparator, 2)[0]).toAbsolutePath().normalize();
            Path parent = application.getParent();
            if (!Files.isRegularFile(application) || parent == null) {
                return Optional.empty();
            }
            Path folder = parent.resolve(SHIPPED_NATIVE_FOLDER);
            return Files.isRegularFile(folder.resolve(System.mapLibraryName("sqlitejdbc")))
                    ? Optional.of(folder)
                    : Optional.empty();
        } catch (InvalidPathException | SecurityException e) {
            return Optional.empty();
        }
    }
}
