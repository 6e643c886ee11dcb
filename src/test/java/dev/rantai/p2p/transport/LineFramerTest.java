package dev.rantai.p2p.transport;

import static dev.rantai.p2p.transport.RecordingInbound.chunk;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Framing by newline, bounded while a line arrives, with pauses that keep the order of lines. */
class LineFramerTest {

    private final TestSource source = new TestSource();
    private final RecordingInbound inbound = new RecordingInbound();

    private LineFramer framer(int maxLineBytes) {
        LineFramer framer = new LineFramer(source, maxLineBytes, inbound);
        framer.resume();
        return framer;
    }

    @Test
    void linesComeWholeAndInOrderWhereverTheChunksSplitThem() {
        LineFramer framer = framer(64);
        framer.handle(chunk("one\ntw"));
        framer.handle(chunk("o"));
        framer.handle(chunk("\n\nthree\nfo"));
        assertThat(inbound.lines).containsExactly("one", "two", "", "three");
        framer.handle(chunk("ur\n"));
        assertThat(inbound.lines).containsExactly("one", "two", "", "three", "four");
        assertThat(inbound.oversize).isZero();
    }

    @Test
    void aLineOfTheLimitPassesAndOneByteMoreIsRefusedBeforeItsNewlineComes() {
        LineFramer framer = framer(8);
        framer.handle(chunk("12345678\n1234"));
        assertThat(inbound.lines).containsExactly("12345678");
        framer.handle(chunk("5678"));
        assertThat(inbound.oversize).isZero();
        framer.handle(chunk("9"));
        assertThat(inbound.oversize).isEqualTo(1);
        assertThat(source.paused).isTrue();
        framer.handle(chunk("\nlater\n"));
        assertThat(inbound.lines).containsExactly("12345678");
        assertThat(inbound.oversize).isEqualTo(1);
    }

    @Test
    void aCompleteLineOverTheLimitIsRefusedEvenWhenItArrivesInOneChunk() {
        LineFramer framer = framer(8);
        framer.handle(chunk("ok\n123456789\nnext\n"));
        assertThat(inbound.lines).containsExactly("ok");
        assertThat(inbound.oversize).isEqualTo(1);
    }

    @Test
    void aPauseFromALineHoldsTheRestUntilResumeThenHandsItOverInOrder() {
        LineFramer framer = framer(64);
        inbound.then = s -> {
            if (s.equals("slow")) {
                framer.pause();
            }
        };
        framer.handle(chunk("a\nslow\nb\nc"));
        assertThat(inbound.lines).containsExactly("a", "slow");
        assertThat(source.paused).isTrue();
        framer.handle(chunk("\n"));
        assertThat(inbound.lines).containsExactly("a", "slow");

        framer.resume();
        assertThat(inbound.lines).containsExactly("a", "slow", "b", "c");
        assertThat(source.paused).isFalse();
    }

    @Test
    void aPauseAndResumeWithinALineGoOnWithTheSameChunk() {
        LineFramer framer = framer(64);
        inbound.then = s -> {
            framer.pause();
            framer.resume();
        };
        framer.handle(chunk("a\nb\nc\n"));
        assertThat(inbound.lines).containsExactly("a", "b", "c");
        assertThat(source.paused).isFalse();
    }

    @Test
    void aResumeThatHandsOverAPausingLineLeavesTheSourcePaused() {
        LineFramer framer = framer(64);
        inbound.then = s -> {
            if (s.startsWith("slow")) {
                framer.pause();
            }
        };
        framer.handle(chunk("slow1\nslow2\nx\n"));
        assertThat(inbound.lines).containsExactly("slow1");
        framer.resume();
        assertThat(inbound.lines).containsExactly("slow1", "slow2");
        assertThat(source.paused).isTrue();
        framer.resume();
        assertThat(inbound.lines).containsExactly("slow1", "slow2", "x");
        assertThat(source.paused).isFalse();
    }

    @Test
    void nothingIsHandedOverOnceStopped() {
        LineFramer framer = framer(64);
        inbound.then = s -> framer.stop();
        framer.handle(chunk("bye\nafter\n"));
        framer.handle(chunk("more\n"));
        framer.resume();
        assertThat(inbound.lines).containsExactly("bye");
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
        assertThat(inbound.lines).containsExactly(expected.toString());
    }
}
