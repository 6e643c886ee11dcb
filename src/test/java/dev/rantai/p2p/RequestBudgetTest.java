package dev.rantai.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.rantai.p2p.RequestBudget.Kind;

/** The token buckets of one peer, on a simulated clock (epoch ms). */
class RequestBudgetTest {
    @Test
    void anHonestRateNeverRunsDry() {
        RequestBudget budget = new RequestBudget();
        for (long now = 0; now < 3_600_000; now += 60_000) {
            // a node that asks for addresses once a minute and pings every 5 s
            assertThat(budget.spend(Kind.GET_PEERS, now)).isZero();
            for (long t = now; t < now + 60_000; t += 5_000) {
                assertThat(budget.spend(Kind.PING, t)).isZero();
            }
        }
        assertThat(budget.exhausted()).isFalse();
    }

    @Test
    void aFlooderOfASlowBucketIsPausedASecondAtATimeAndExhaustedWithinHalfAMinute() {
        RequestBudget budget = new RequestBudget();
        long now = 0;
        int strikes = 0;
        // get_peers as fast as the node reads them: each pause is served, then the next request comes
        while (!budget.exhausted()) {
            long pause = budget.spend(Kind.GET_PEERS, now);
            if (pause > 0) {
                strikes++;
                assertThat(pause).as("pause of strike %d", strikes).isBetween(1L, RequestBudget.MAX_PAUSE_MILLIS);
            }
            now += Math.max(pause, 1);
        }
        assertThat(strikes).isEqualTo(RequestBudget.MAX_STRIKES);
        assertThat(now).as("simulated ms until the flooder is disconnected").isLessThan(30_000);
    }

    @Test
    void aPeerThatRunsDryNowAndThenOverALongLifeIsNeverExhausted() {
        RequestBudget budget = new RequestBudget();
        int strikes = 0;
        // a day of a peer that, every 10 minutes, sends 22 pings at once: two over the burst each time
        for (long now = 0; now < 24 * 3_600_000L; now += 600_000) {
            for (int i = 0; i < 22; i++) {
                if (budget.spend(Kind.PING, now) > 0) {
                    strikes++;
                }
            }
            assertThat(budget.exhausted()).as("exhausted after %d strikes in %d ms", strikes, now).isFalse();
        }
        assertThat(strikes).as("strikes over the day").isGreaterThan(10 * RequestBudget.MAX_STRIKES);
    }

    @Test
    void strikesCloseTogetherStillExhaustAPeerAfterAQuieterSpell() {
        RequestBudget budget = new RequestBudget();
        // a quiet hour, then pings 1 ms apart: the first 20 are the burst, every one after it strikes
        assertThat(budget.spend(Kind.PING, 0)).isZero();
        long now = 3_600_000;
        int pings = 0;
        while (!budget.exhausted()) {
            budget.spend(Kind.PING, now++);
            pings++;
        }
        assertThat(pings).isEqualTo(20 + RequestBudget.MAX_STRIKES);
    }

    @Test
    void aPauseLastsUntilTheBucketHoldsATokenAgainWhenThatIsSooner() {
        RequestBudget budget = new RequestBudget();
        for (int i = 0; i < 20; i++) {
            assertThat(budget.spend(Kind.PING, 0)).isZero();
        }
        // the 21st ping in the same millisecond: one token short at 2 a second
        assertThat(budget.spend(Kind.PING, 0)).isEqualTo(500);
    }
}
