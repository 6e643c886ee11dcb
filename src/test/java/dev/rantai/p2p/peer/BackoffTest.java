package dev.rantai.p2p.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60),
            new SplittableRandom(1));

    @Test
    void delayDoublesFromOneSecondWithJitterInTheUpperHalf() {
        for (int failures = 0; failures < 6; failures++) {
            long ceiling = 1000L << failures;
            for (int i = 0; i < 200; i++) {
                assertThat(backoff.delayMillis(failures)).isBetween(ceiling / 2, ceiling);
            }
        }
    }

    @Test
    void delayNeverExceedsSixtySecondsHoweverManyFailures() {
        for (int failures : new int[] { 6, 7, 30, 31, 1000, Integer.MAX_VALUE }) {
            assertThat(backoff.delayMillis(failures)).isBetween(30_000L, 60_000L);
        }
    }

    @Test
    void jitterSpreadsTheDelays() {
        long first = backoff.delayMillis(5);
        boolean differs = false;
        for (int i = 0; i < 50 && !differs; i++) {
            differs = backoff.delayMillis(5) != first;
        }
        assertThat(differs).isTrue();
    }

    @Test
    void parsesAndPrintsAddresses() {
        assertThat(PeerAddress.parse(" 127.0.0.1:3000 ")).isEqualTo(new PeerAddress("127.0.0.1", 3000));
        assertThat(PeerAddress.parse("[::1]:3001").toString()).isEqualTo("[::1]:3001");
        assertThat(PeerAddress.parse("localhost:3000").sameEndpoint(PeerAddress.parse("127.0.0.1:3000"))).isTrue();
        assertThatThrownBy(() -> PeerAddress.parse("nohost")).hasMessageContaining("host:port");
        assertThatThrownBy(() -> PeerAddress.parse("h:0")).hasMessageContaining("1..65535");
        assertThatThrownBy(() -> PeerAddress.parse("h:x")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> PeerAddress.parse("::1:3000")).hasMessageContaining("brackets");
    }
}
