package dev.rantai.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class EventWindowTest {
    private final EventWindow window = new EventWindow(Map.of("block", 3, "tip", 1));
    private final AtomicInteger built = new AtomicInteger();

    @Test
    void keepsTheNewestOfABoundedNameAndEveryOtherEventInTheOrderTheyCame() {
        add("block", 1);
        add("reorg", 1);
        add("block", 2);
        add("tip", 2);
        add("block", 3);
        add("reorg", 2);
        add("block", 4);
        add("tip", 4);
        add("block", 5);
        add("tip", 5);

        assertThat(window.drain()).map(p -> p.name() + " " + p.payload().get()).containsExactly(
                "reorg 1", "block 3", "reorg 2", "block 4", "block 5", "tip 5");
        assertThat(built).as("payloads are built only for the events kept").hasValue(6);
    }

    @Test
    void drainingEmptiesTheWindow() {
        assertThat(window.isEmpty()).isTrue();
        add("block", 1);
        assertThat(window.isEmpty()).isFalse();

        assertThat(window.drain()).hasSize(1);
        assertThat(window.isEmpty()).isTrue();
        assertThat(window.drain()).isEmpty();
    }

    @Test
    void aDrainedWindowStartsItsBoundsAfresh() {
        List.of(1, 2, 3, 4).forEach(n -> add("block", n));
        window.drain();
        List.of(5, 6).forEach(n -> add("block", n));

        assertThat(window.drain()).map(p -> p.payload().get()).containsExactly(5, 6);
    }

    private void add(String name, int n) {
        window.add(name, () -> {
            built.incrementAndGet();
            return n;
        });
    }
}
