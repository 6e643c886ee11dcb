package dev.rantai.node;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import dev.rantai.chain.ChainService;
import dev.rantai.config.RantaiConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The book's terminal: with {@code rantai.console.enabled}, every line typed on standard input
 * is submitted as a block. A daemon thread, since a read of stdin cannot be interrupted.
 */
@Singleton
public class ConsoleInput {
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
        Thread reader = new Thread(this::readLines, "rantai-console");
        reader.setDaemon(true);
        reader.start();
        System.out.println("Type a line and press Enter to add it as a block.");
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
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
