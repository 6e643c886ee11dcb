package dev.rantai.chain.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.sqlite.NativeLibraryNotFoundException;

class SqliteFilesTest {
    private static final Path FILE = Path.of("/data/chain.db");

    @Test
    void aNativeLibraryThatDidNotLoadIsNamedWithWhereItWasCopiedAndTheWayOut() {
        SQLException driver = new SQLException("Error opening connection",
                new NativeLibraryNotFoundException("No native library found for os.name=Linux, os.arch=x86_64"));

        assertThat(SqliteFiles.openProblem(FILE, driver))
                .startsWith("cannot open /data/chain.db: Error opening connection: SQLite's native library did not load")
                .contains(System.getProperty("java.io.tmpdir"), "org.sqlite.tmpdir", "noexec",
                        "deploy/jvm/sqlite-native.sh");
    }

    @Test
    void anyOtherProblemIsTheDriversOwnWords() {
        assertThat(SqliteFiles.openProblem(FILE, new SQLException("[SQLITE_CANTOPEN] Unable to open the database file")))
                .isEqualTo("cannot open /data/chain.db: [SQLITE_CANTOPEN] Unable to open the database file");
    }
}
