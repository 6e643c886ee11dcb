package dev.rantai.web.api;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import dev.rantai.chain.Rule;
import dev.rantai.chain.RuleViolation;
import dev.rantai.web.problem.ProblemException;
import dev.rantai.web.problem.ProblemType;

/**
 * Turns the body of {@code POST /api/blocks} into the data to mine: either {@code {"data":"..."}}
 * as JSON or the raw body as text. Both are decoded as strict UTF-8 first, so a malformed byte is
 * refused with its offset instead of turning into U+FFFD. In JSON, {@code data} is the only field:
 * an unknown field is refused rather than ignored, so a typo like {@code "date"} cannot pass.
 */
final class SubmissionReader {
    static final String FIELD = "data";

    private final ObjectReader json;

    SubmissionReader(ObjectMapper mapper) {
        this.json = mapper.reader()
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    String read(MediaType type, byte[] body) {
        if (type == null) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The request has no Content-Type."
                    + " Send application/json ({\"data\":\"...\"}) or text/plain (the data itself).");
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The body must be UTF-8, but Content-Type says charset=" + charset + ".");
        }
        String text = decodeUtf8(body);
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return dataField(text);
        }
        if (type.isCompatible(MediaType.TEXT_PLAIN_TYPE)) {
            return text;
        }
        throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type '" + type + "' is not accepted. Send application/json or text/plain.");
    }

    private String dataField(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ProblemException(ProblemType.MALFORMED_JSON,
                    "The body is not valid JSON" + where + ": " + e.getOriginalMessage() + ".");
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw invalidBody("The body must be a JSON object like {\"data\":\"hello\"}, not "
                    + (root == null || root.isMissingNode() ? "nothing" : root.getNodeType().name().toLowerCase()) + ".");
        }
        List<String> unknown = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (!name.equals(FIELD)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw invalidBody("Unknown field(s) " + unknown + "; the only field is \"data\".");
        }
        JsonNode data = root.get(FIELD);
        if (data == null || data.isNull()) {
            throw invalidBody("The field \"data\" is missing; send {\"data\":\"hello\"}.");
        }
        if (!data.isTextual()) {
            throw invalidBody("The field \"data\" must be a string, not " + data.getNodeType().name().toLowerCase()
                    + ".");
        }
        return data.textValue();
    }

    private static ProblemException invalidBody(String detail) {
        return new ProblemException(ProblemType.INVALID_BODY, detail);
    }

    /** Strict UTF-8: the first malformed byte is reported with its offset. */
    static String decodeUtf8(byte[] body) {
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
