package dev.rantai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RantaiMainTest {
    @TempDir
    Path app;

    private Path jar() throws Exception {
        return Files.writeString(app.resolve("quarkus-run.jar"), "");
    }

    private void shipLibrary() throws Exception {
        Path folder = Files.createDirectories(app.resolve("lib/native"));
        Files.writeString(folder.resolve(System.mapLibraryName("sqlitejdbc")), "");
    }

    @Test
    void sqliteIsLoadedFromTheFolderBesideTheApplicationsJar() throws Exception {
        Path jar = jar();
        shipLibrary();

        assertThat(RantaiMain.shippedSqliteLibrary(jar.toString())).contains(app.resolve("lib/native"));
        assertThat(RantaiMain.shippedSqliteLibrary(jar + File.pathSeparator + "lib/main/other.jar"))
                .contains(app.resolve("lib/native"));
    }

    @Test
    void aRelativeJarPathGivesAnAbsoluteFolder() throws Exception {
        jar();
        shipLibrary();
        Path relative = Path.of("").toAbsolutePath().relativize(app.resolve("quarkus-run.jar"));

        assertThat(RantaiMain.shippedSqliteLibrary(relative.toString()))
                .hasValueSatisfying(folder -> assertThat(folder).isAbsolute().isEqualTo(app.resolve("lib/native")));
    }

    @Test
    void withoutTheShippedLibraryTheDriverDoesAsUsual() throws Exception {
        Path jar = jar();
        assertThat(RantaiMain.shippedSqliteLibrary(jar.toString())).isEmpty();

        Files.createDirectories(app.resolve("lib/native"));
        assertThat(RantaiMain.shippedSqliteLibrary(jar.toString())).isEmpty();
    }

    @Test
    void aClassPathOfFoldersOrNothingIsNotAnApplicationJar() throws Exception {
        shipLibrary();
        Files.createDirectories(app.resolve("classes"));

        // dev mode and tests run from target/classes: the folder beside it is not the application's
        assertThat(RantaiMain.shippedSqliteLibrary(app.resolve("classes").toString())).isEmpty();
        assertThat(RantaiMain.shippedSqliteLibrary(app.resolve("missing.jar").toString())).isEmpty();
        assertThat(RantaiMain.shippedSqliteLibrary("")).isEmpty();
        assertThat(RantaiMain.shippedSqliteLibrary(null)).isEmpty();
        assertThat(RantaiMain.shippedSqliteLibrary("\0")).isEmpty();
    }
}
