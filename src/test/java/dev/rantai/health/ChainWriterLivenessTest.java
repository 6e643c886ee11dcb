package dev.rantai.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class ChainWriterLivenessTest {
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    private final ChainWriterLiveness liveness = new ChainWriterLiveness(null, () -> 0);

    @Test
    void stoppedWriterIsDown() {
        HealthCheckResponse response = liveness.assess(false, -1, 0, 0, 0);
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow()).containsEntry("error", "the chain writer is stopped");
    }

    @Test
    void idleWriterStaysUpHoweverLongNothingHappens() {
        liveness.assess(true, 5, 0, 0, 0);
        assertThat(liveness.assess(true, 5, 0, 0, 60 * MINUTE).getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void waitingSubmissionsWithoutProgressForTwoMinutesAreDown() {
        liveness.assess(true, 5, 1000, 3, 0);
        assertThat(liveness.assess(true, 5, 1000, 3, MINUTE).getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        HealthCheckResponse stuck = liveness.assess(true, 5, 1000, 3, 3 * MINUTE);
        assertThat(stuck.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat((String) stuck.getData().orElseThrow().get("error")).contains("3 submissions wait");
    }

    @Test
    void hashAttemptsOrNewBlocksCountAsProgress() {
        liveness.assess(true, 5, 1000, 3, 0);
        assertThat(liveness.assess(true, 5, 2000, 3, 3 * MINUTE).getStatus())
                .as("the miner is still hashing").isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(liveness.assess(true, 6, 2000, 3, 6 * MINUTE).getStatus())
                .as("a block was mined").isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(liveness.assess(true, 6, 2000, 3, 9 * MINUTE).getStatus())
                .as("nothing since the block").isEqualTo(HealthCheckResponse.Status.DOWN);
    }
}
