package dev.rantai.node;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import dev.rantai.chain.Block;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.ChainListener;
import dev.rantai.chain.ChainService;
import dev.rantai.chain.TipChange;
import dev.rantai.chain.store.StoredBlock;
import dev.rantai.config.RantaiConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The book's terminal: with {@code rantai.console.enabled}, every line typed on standard input
 * is submitted as a block, and every block that arrives from another node is printed, as the book's
 * nodes do. A daemon thread reads, since a read of stdin cannot be interrupted.
 */
@Singleton
public class ConsoleInput implements ChainListener {
    /** Longer data is cut in the printed line: the console shows blocks, not documents. */
    static final int SHOWN_DATA = 60;

    private static final Logger LOG = Logger.getLogger(ConsoleInput.class);

    private final RantaiConfig config;
    private final ChainService chain;
    private volatile boolean running;

    ConsoleInput(RantaiConfig config, ChainService chain) {
        this.config = config;
        this.chain = chain;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.console().enabled()) {
            return;
        }
        running = true;
        chain.addListener(this);
        Thread reader = new Thread(this::readLines, "rantai-console");
        reader.setDaemon(true);
        reader.start();
        System.out.println("Type a line and press Enter to add it as a block.");
    }

    void onStop(@Observes ShutdownEvent event) {
        if (running) {
            chain.removeListener(this);
        }
        running = false;
    }

    /** Blocks from other nodes, one line each; blocks typed here are printed when their submission completes. */
    @Override
    public void onTipChanged(TipChange change) {
        for (StoredBlock stored : change.connected()) {
            if (stored.source() == BlockSource.PEER || stored.source() == BlockSource.BOOK) {
                System.out.println(received(stored));
            }
        }
    }

    static String received(StoredBlock stored) {
        Block block = stored.block();
        String data = block.data().replaceAll("\\s+", " ");
        if (data.length() > SHOWN_DATA) {
            data = data.substring(0, SHOWN_DATA) + "...";
        }
        String from = stored.source() == BlockSource.BOOK ? "from a book node" : "from a peer";
        return String.format("Block %d %s %s: %s", block.index(), block.hash(), from, data);
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && running; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                chain.submit(line).whenComplete((block, error) -> {
                    if (error != null) {
                        System.out.println("Not added: " + error.getMessage());
                    } else {
                        System.out.printf("Block %d %s%n", block.index(), block.hash());
                    }
                });
            }
        } catch (IOException e) {
            LOG.warnf("Console input stopped: %s", e.getMessage());
        }
    }
}
