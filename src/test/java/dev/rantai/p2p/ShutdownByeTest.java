package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rantai.p2p.peer.PeerState;

class ShutdownByeTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void aStoppingNodeSaysByeAndItsPeerRedialsWithoutBanningIt() {
        try (TestNode a = TestNode.start(dir.resolve("a"), 8)) {
            TestNode b = TestNode.start(dir.resolve("b"), 8, a.address());
            try {
                await().atMost(WAIT).until(() -> a.connectedPeers() == 1 && b.connectedPeers() == 1);
                b.close();
                await().atMost(WAIT).until(() -> a.counter("rantai.p2p.byes", "reason", "shutting-down") == 1);
                await().atMost(WAIT).until(() -> a.p2p.status().peers() == 0);
                assertThat(a.counter("rantai.p2p.byes", "reason", "other")).isZero();
                assertThat(a.registry.find("rantai.p2p.bans").counters()).allSatisfy(c -> assertThat(c.count()).isZero());
                assertThat(a.peers()).noneMatch(p -> p.state() == PeerState.BANNED);
            } finally {
                b.close();
            }
        }
    }

    @Test
    void theDialingSideKeepsRedialingAPeerThatSaidItWasShuttingDown() {
        try (TestNode a = TestNode.start(dir.resolve("a"), 8)) {
            TestNode b = TestNode.start(dir.resolve("b"), 8, a.address());
            try {
                await().atMost(WAIT).until(() -> b.connectedPeers() == 1);
                a.close();
                await().atMost(WAIT).until(() -> b.counter("rantai.p2p.byes", "reason", "shutting-down") == 1);
                await().atMost(WAIT).untilAsserted(() -> assertThat(b.peers()).singleElement()
                        .satisfies(p -> assertThat(p.state()).isIn(PeerState.BACKING_OFF, PeerState.CONNECTING)));
            } finally {
                b.close();
            }
        }
    }
}
