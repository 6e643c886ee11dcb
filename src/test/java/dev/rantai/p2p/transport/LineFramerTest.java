package dev.rantai.p2p.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.vertx.core.buffer.Buffer;

/** Framing by newline, bounded while a line arrives, with pauses that keep the order of lines. */
class LineFramerTest {

    private final TestSource source = new TestSource();
    private final List<String> lines = new ArrayList<>();
    private int oversize;
    private Consumer<String> onLine = s -> {
    };

    private LineFramer framer(int maxLineBytes) {
        LineFramer framer = new LineFramer(source, maxLineBytes, new Connection.Inbound() {
            @Override
            public void onLine(byte[] line) {
                String s = new String(line, StandardCharsets.UTF_8);
                lines.add(s);
                onLine.accept(s);
            }

            @Override
            public void onOversize() {
                oversize++;
            }

            @Override
            public void onClosed() {
            }
        });
        framer.resume();
        return framer;
    }

    private static Buffer chunk(String s) {
        return Buffer.buffer(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void linesComeWholeAndInOrderWhereverTheChunksSplitThem() {
        LineFramer framer = framer(64);
        framer.handle(chunk("one\ntw"));
        framer.handle(chunk("o"));
        framer.handle(chunk("\n\nthree\nfo"));
        assertThat(lines).containsExactly("one", "two", "", "three");
        framer.handle(chunk("ur\n"));
        assertThat(lines).containsExactly("one", "two", "", "three", "four");
        assertThat(oversize).isZero();
    }

    @Test
    void aLineOfTheLimitPassesAndOneByteMoreIsRefusedBeforeItsNewlineComes() {
        LineFramer framer = framer(8);
        framer.handle(chunk("12345678\n1234"));
        assertThat(lines).containsExactly("12345678");
        framer.handle(chunk("5678"));
        assertThat(oversize).isZero();
        framer.handle(chunk("9"));
        assertThat(oversize).isEqualTo(1);
        assertThat(source.paused).isTrue();
        framer.handle(chunk("\nlater\n"));
        assertThat(lines).containsExactly("12345678");
        assertThat(oversize).isEqualTo(1);
    }

    @Test
    void aCompleteLineOverTheLimitIsRefusedEvenWhenItArrivesInOneChunk() {
        LineFramer framer = framer(8);
        framer.handle(chunk("ok\n123456789\nnext\n"));
        assertThat(lines).containsExactly("ok");
        assertThat(oversize).isEqualTo(1);
    }

    @Test
    void aPauseFromALineHoldsTheRestUntilResumeThenHandsItOverInOrder() {
        LineFramer framer = framer(64);
        onLine = s -> {
            if (s.equals("slow")) {
                framer.pause();
            }
        };
        framer.handle(chunk("a\nslow\nb\nc"));
        assertThat(lines).containsExactly("a", "slow");
        assertThat(source.paused).isTrue();
        framer.handle(chunk("\n"));
        assertThat(lines).containsExactly("a", "slow");

        framer.resume();
        assertThat(lines).containsExactly("a", "slow", "b", "c");
        assertThat(source.paused).isFalse();
    }

    @Test
    void aPauseAndResumeWithinALineGoOnWithTheSameChunk() {
        LineFramer framer = framer(64);
        onLine = s -> {
            framer.pause();
            framer.resume();
        };
        framer.handle(chunk("a\nb\nc\n"));
        assertThat(lines).containsExactly("a", "b", "c");
        assertThat(source.paused).isFalse();
    }

    @Test
    void aResumeThatHandsOverAPausingLineLeavesTheSourcePaused() {
        LineFramer framer = framer(64);
        onLine = s -> {
            if (s.startsWith("slow")) {
                framer.pause();
            }
        };
        framer.handle(chunk("slow1\nslow2\nx\n"));
        assertThat(lines).containsExactly("slow1");
        framer.resume();
        assertThat(lines).containsExactly("slow1", "slow2");
        assertThat(source.paused).isTrue();
        framer.resume();
        assertThat(lines).containsExactly("slow1", "slow2", "x");
        assertThat(source.paused).isFalse();
    }

    @Test
    void nothingIsHandedOverOnceStopped() {
        LineFramer framer = framer(64);
        onLine = s -> framer.stop();
        framer.handle(chunk("bye\nafter\n"));
        framer.handle(chunk("more\n"));
        framer.resume();
        assertThat(lines).containsExactly("bye");
    }

    @Test
    void aLongLineGatheredFromManyChunksIsWhole() {
        LineFramer framer = framer(1 << 20);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            String piece = "piece" + i + "-".repeat(i % 37);
            expected.append(piece);
            framer.handle(chunk(piece));
        }
        framer.handle(chunk("\n"));
        assertThat(lines).containsExactly(expected.toString());
    }
}
