package dev.rantai.web.api;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.chain.Rule;
import dev.rantai.chain.RuleViolation;
import dev.rantai.web.problem.ProblemException;

/**
 * Turns the body of {@code POST /api/blocks} into the data to mine: either {@code {"data":"..."}}
 * as JSON or the raw body as text. Both are decoded as strict UTF-8 first, so a malformed byte is
 * refused with its offset instead of turning into U+FFFD. In JSON, {@code data} is the only field:
 * an unknown field is refused rather than ignored, so a typo like {@code "date"} cannot pass.
 */
public final class SubmissionReader {
    static final String FIELD = "data";
    static final String OPERATION = "POST /api/blocks";
    private static final String EXAMPLE = "{\"data\":\"hello\"}";

    private final StrictJsonBody json;

    SubmissionReader(ObjectMapper mapper) {
        this.json = new StrictJsonBody(mapper);
    }

    /** The data of a body whose {@code Content-Type} header is {@code contentType} (as sent, or null). */
    String read(String contentType, byte[] body) {
        MediaType form = StrictJsonBody.requireType(contentType, OPERATION,
                "application/json ({\"data\":\"...\"}) or text/plain (the data itself)", MediaType.APPLICATION_JSON_TYPE,
                MediaType.TEXT_PLAIN_TYPE);
        String text = decodeUtf8(body);
        return form.equals(MediaType.APPLICATION_JSON_TYPE) ? json.stringField(text, FIELD, EXAMPLE) : text;
    }

    /** Strict UTF-8: the first malformed byte is reported with its offset. */
    public static String decodeUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw ProblemException.ruleViolated(new RuleViolation(Rule.DATA_NOT_UTF8, "the body is not valid UTF-8:"
                    + " byte " + in.position() + " (0x" + String.format("%02x", body[in.position()] & 0xff)
                    + ") is malformed. Send the data as UTF-8."));
        }
        return out.flip().toString();
    }
}
