package dev.rantai.p2p.transport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.vertx.core.buffer.Buffer;

/** What {@link LineFramer}'s tests receive: each line as text, in order, the refusals, and a hook per line. */
class RecordingInbound implements Connection.Inbound {
    final List<String> lines = new ArrayList<>();
    int oversize;
    /** Runs after each line is recorded (to pause, resume or stop the framer from within a line). */
    Consumer<String> then = s -> {
    };

    @Override
    public void onLine(byte[] line) {
        String s = new String(line, StandardCharsets.UTF_8);
        lines.add(s);
        then.accept(s);
    }

    @Override
    public void onOversize() {
        oversize++;
    }

    @Override
    public void onClosed() {
    }

    static Buffer chunk(String s) {
        return Buffer.buffer(s.getBytes(StandardCharsets.UTF_8));
    }
}
