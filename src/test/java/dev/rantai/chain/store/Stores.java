package dev.rantai.chain.store;

import java.nio.file.Path;

import org.sqlite.SQLiteDataSource;

/** A store on a plain SQLite data source, for tests that need its connections at hand. */
final class Stores {
    private Stores() {
    }

    /** Connections to {@code dir}'s chain.db, created if missing; not migrated. */
    static SQLiteDataSource dataSource(Path dir) {
        SqliteFiles.createDataDir(dir);
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl(SqliteFiles.jdbcUrl(dir));
        return source;
    }

    /** The store on {@code source}, with a writer connection of its own; migrates the schema first. */
    static SqliteChainStore open(Path dir, SQLiteDataSource source) {
        SqliteFiles.migrate(SqliteFiles.flyway(source), dir);
        return new SqliteChainStore(source, SqliteFiles.openWriter(dir, SyncMode.NORMAL), dir.toString(), () -> {
        });
    }
}
