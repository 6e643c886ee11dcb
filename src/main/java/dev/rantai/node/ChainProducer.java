package dev.rantai.node;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import dev.rantai.chain.BlockRules;
import dev.rantai.chain.ChainParams;
import dev.rantai.chain.ChainService;
import dev.rantai.chain.Genesis;
import dev.rantai.chain.ProofOfWork;
import dev.rantai.chain.SideBranchPolicy;
import dev.rantai.chain.store.SqliteChainStore;
import dev.rantai.chain.store.SqliteFiles;
import dev.rantai.config.RantaiConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/** Wires the plain-Java chain for Quarkus: the store on the configured data directory, then the chain on it. */
@ApplicationScoped
public class ChainProducer {
    private static final Logger LOG = Logger.getLogger(ChainProducer.class);

    /** The chain produced here, until it is closed. */
    private final AtomicReference<ChainService> open = new AtomicReference<>();

    @Produces
    @Singleton
    ChainService chain(RantaiConfig config, AgroalDataSource dataSource, Flyway flyway) {
        RantaiConfig.Chain c = config.chain();
        ChainParams params = new ChainParams(c.difficulty(), c.genesisData(), c.maxDataBytes(), c.maxFutureDrift());

        SqliteFiles.createDataDir(config.dataDir());
        Connection writer = SqliteFiles.openWriter(config.dataDir(), config.store().sync());
        SqliteFiles.migrate(flyway, config.dataDir());
        SqliteChainStore store = new SqliteChainStore(dataSource, writer,
                SqliteFiles.databaseFile(config.dataDir()).toString(), () -> {
                });
        BlockRules rules;
        try {
            // A restart reads the genesis from the store instead of mining it again.
            rules = new BlockRules(params, Genesis.of(params, store));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        ChainService chain = new ChainService(store, rules, new ProofOfWork(config.mining().threads()),
                System::currentTimeMillis, config.mining().maxQueued(),
                new SideBranchPolicy(c.maxReorgDepth(), c.sideBranchBudget().asLongValue()));
        try {
            chain.start();
        } catch (RuntimeException e) {
            chain.close();
            store.close();
            throw e;
        }
        open.set(chain);
        return chain;
    }

    /**
     * On shutdown, after HTTP has drained and before the application context ends: mining stops, the
     * writer finishes its commit, then the store closes. The chain is a singleton, destroyed after the
     * application context; the connection pool it reads through is destroyed with that context, and a
     * read in between (the checkpointer's) made the container create a second pool that was never
     * closed, whose open connection kept SQLite from removing the write-ahead log at exit.
     */
    void beforeTheApplicationContextEnds(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        ChainService chain = open.getAndSet(null);
        if (chain != null) {
            close(chain);
        }
    }

    /** A chain still running when the container disposes of it (it is normally closed by then). */
    void dispose(@Disposes ChainService chain) {
        if (chain.isRunning()) {
            close(chain);
        }
    }

    private static void close(ChainService chain) {
        chain.close();
        chain.store().close();
        LOG.infof("Chain closed at height %d, tip %s", chain.tip().height(), chain.tip().hash());
    }

    /** The chain opens with the application, not on first use: a bad store stops the start. */
    void onStart(@Observes StartupEvent event, ChainService chain) {
        chain.tip();
    }
}
