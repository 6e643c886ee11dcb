package dev.rantai.p2p.transport;

import static dev.rantai.p2p.transport.RecordingInbound.chunk;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** LineFramer under random chunking, pauses and re-entrant resumes: every line once, in order, within its bound. */
class LineFramerOrderTest {

    private final TestSource source = new TestSource();
    private final RecordingInbound inbound = new RecordingInbound() {
        @Override
        public void onLine(byte[] line) {
            assertThat(framerPaused).as("a line delivered while paused: " + new String(line, StandardCharsets.UTF_8))
                    .isFalse();
            super.onLine(line);
        }
    };
    private boolean framerPaused;

    private LineFramer framer(int max) {
        LineFramer framer = new LineFramer(source, max, inbound);
        source.handler(framer);
        framer.resume();
        return framer;
    }

    @Test
    void randomChunksPausesAndResumesKeepEveryLineOnceInOrder() {
        for (int seed = 0; seed < 300; seed++) {
            Random r = new Random(seed);
            inbound.lines.clear();
            source.queued.clear();
            source.paused = true;
            source.synchronous = r.nextBoolean();
            framerPaused = false;
            int max = 1 + r.nextInt(40);
            StringBuilder all = new StringBuilder();
            List<String> expected = new ArrayList<>();
            int n = 50 + r.nextInt(100);
            for (int i = 0; i < n; i++) {
                int len = r.nextInt(max + 1);
                StringBuilder l = new StringBuilder();
                for (int k = 0; k < len; k++) {
                    l.append((char) ('a' + r.nextInt(26)));
                }
                expected.add(l.toString());
                all.append(l).append('\n');
            }
            Deque<Runnable> later = new ArrayDeque<>();
            LineFramer[] f = new LineFramer[1];
            inbound.then = s -> {
                int what = r.nextInt(6);
                if (what == 0) {
                    framerPaused = true;
                    f[0].pause();
                    later.add(() -> {
                        framerPaused = false;
                        f[0].resume();
                    });
                } else if (what == 1) {
                    framerPaused = true;
                    f[0].pause();
                    framerPaused = false;
                    f[0].resume();
                } else if (what == 2) {
                    f[0].resume();
                }
            };
            f[0] = framer(max);
            String text = all.toString();
            int at = 0;
            while (at < text.length() || !later.isEmpty() || !source.queued.isEmpty()) {
                int step = r.nextInt(3);
                if (step == 0 && at < text.length()) {
                    int end = Math.min(text.length(), at + 1 + r.nextInt(2 * max + 3));
                    source.push(chunk(text.substring(at, end)));
                    at = end;
                } else if (step == 1 && !later.isEmpty()) {
                    later.poll().run();
                } else if (!source.synchronous) {
                    source.drain();
                } else if (at >= text.length() && later.isEmpty()) {
                    source.drain();
                }
            }
            assertThat(inbound.oversize).as("seed " + seed).isZero();
            assertThat(inbound.lines).as("seed " + seed).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void anOversizeLineHeldWhilePausedIsRefusedOnResumeAfterTheLinesBeforeIt() {
        LineFramer f = framer(8);
        inbound.then = s -> {
            if (s.equals("p")) {
                framerPaused = true;
                f.pause();
            }
        };
        source.push(chunk("a\np\nb\n123456789"));
        assertThat(inbound.lines).containsExactly("a", "p");
        framerPaused = false;
        f.resume();
        assertThat(inbound.lines).containsExactly("a", "p", "b");
        assertThat(inbound.oversize).isEqualTo(1);
        assertThat(source.paused).isTrue();
    }

    @Test
    void theLimitHoldsAcrossChunksWithTheNewlineAloneOrWithTheNextLine() {
        LineFramer f = framer(4);
        source.push(chunk("12"));
        source.push(chunk("34"));
        source.push(chunk("\n"));
        source.push(chunk("1234"));
        source.push(chunk("\n1234\n123"));
        source.push(chunk("4"));
        assertThat(inbound.oversize).isZero();
        source.push(chunk("5\n"));
        assertThat(inbound.lines).containsExactly("1234", "1234", "1234");
        assertThat(inbound.oversize).isEqualTo(1);
    }

    @Test
    void closingWhilePausedDeliversNothingMore() {
        LineFramer f = framer(64);
        inbound.then = s -> {
            framerPaused = true;
            f.pause();
        };
        source.push(chunk("a\nb\nc\n"));
        f.stop();
        f.resume();
        source.push(chunk("d\n"));
        assertThat(inbound.lines).containsExactly("a");
    }

    @Test
    void closingFromALineAfterAPauseAndResumeDeliversNothingMore() {
        source.synchronous = true;
        LineFramer f = framer(64);
        inbound.then = s -> {
            f.pause();
            f.resume();
            f.stop();
        };
        source.push(chunk("a\nb\n"));
        assertThat(inbound.lines).containsExactly("a");
    }
}
