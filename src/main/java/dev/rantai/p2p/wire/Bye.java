package dev.rantai.p2p.wire;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

/** The last line before the sender closes, with its reason: at most {@value #MAX_REASON_CHARS} characters of plain text. */
public record Bye(String reason) implements Message {
    public static final String TYPE = "bye";
    public static final int MAX_REASON_CHARS = 256;
    /** The reason a node gives its peers when it stops. */
    public static final String SHUTTING_DOWN = "shutting down";

    public Bye {
        reason = reason == null ? "" : reason;
        if (reason.length() > MAX_REASON_CHARS) {
            reason = reason.substring(0, MAX_REASON_CHARS);
        }
    }

    static Bye read(WireReader r, WireLimits limits) throws WireException {
        return new Bye(r.optionalText("reason", MAX_REASON_CHARS, Fields::isPlainText, "plain text", ""));
    }

    @Override
    public void writeFields(JsonGenerator g) throws IOException {
        g.writeStringField("reason", reason);
    }

    @Override
    public <P> void dispatch(P peer, MessageHandler<P> handler) {
        handler.onBye(peer, this);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
