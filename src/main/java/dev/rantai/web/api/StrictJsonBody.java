package dev.rantai.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import dev.rantai.web.problem.ProblemException;
import dev.rantai.web.problem.ProblemMappers;
import dev.rantai.web.problem.ProblemType;

/**
 * The request bodies of the API's writes, read by the resource itself rather than bound by the
 * framework, so that every refusal is the API's own problem with a detail naming what the operation
 * takes: the media type first ({@code 415}), then a JSON object whose one field is a string,
 * strictly: a duplicate field, anything after the object, an unknown field or a value of another
 * JSON type is refused ({@code 400}), never ignored or coerced, so a typo cannot pass as an empty
 * or a different value.
 */
final class StrictJsonBody {
    /** An unknown field's detail names at most this many. */
    private static final int SHOWN_NAMES = 5;

    private final ObjectReader json;

    StrictJsonBody(ObjectMapper mapper) {
        this.json = mapper.reader()
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Refuses a body sent with a content coding (RFC 9110, section 8.4): the node reads bodies as they are,
     * so gzip or any other coding would be taken as the data itself. {@code identity} is no coding.
     *
     * @param header the {@code Content-Encoding} header as sent (several joined by commas), or null
     * @param operation the operation, for the detail ({@code POST /api/blocks})
     * @throws ProblemException {@code unsupported-media-type} (415) with {@code Accept-Encoding: identity}
     */
    static void requireNoContentCoding(String header, String operation) {
        if (ProblemMappers.contentCoding(header) != null) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Encoding '"
                    + ProblemMappers.shown(header.strip()) + "' is not taken by " + operation
                    + ": send the body as it is, without a content coding.").withHeader("Accept-Encoding", "identity");
        }
    }

    /**
     * The request's media type, if its {@code Content-Type} header (as sent, or null) names one of
     * {@code accepted} with no charset but UTF-8.
     *
     * @param operation the operation, for the detail ({@code POST /api/peers})
     * @param forms what to send instead, for the detail ({@code application/json ({"address":"host:port"})})
     * @throws ProblemException {@code unsupported-media-type} (415) for no type, another type or charset
     */
    static MediaType requireType(String header, String operation, String forms, MediaType... accepted) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The request has no Content-Type."
                    + " Send " + forms + ".");
        }
        MediaType type = ProblemMappers.mediaType(header).orElseThrow(() -> new ProblemException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE, ProblemMappers.notAMediaType(header) + " Send " + forms + "."));
        MediaType form = null;
        for (MediaType a : accepted) {
            if (type.isCompatible(a) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                form = a;
                break;
            }
        }
        if (form == null) {
            List<String> names = new ArrayList<>();
            for (MediaType a : accepted) {
                names.add(a.toString());
            }
            // curl -d without -H sends a form: the commonest way to get here, so say how to send it right.
            String hint = type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                    ? " (curl -d sends a form unless told otherwise: add -H 'Content-Type: " + accepted[accepted.length - 1]
                            + "')"
                    : "";
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Type '" + type
                    + "' is not accepted by " + operation + ". Send " + String.join(" or ", names) + hint + ".");
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && charset.isBlank()) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type's charset parameter has no value: give charset=utf-8 or leave it out.");
        }
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The body must be UTF-8, but Content-Type says charset=" + charset + ".");
        }
        return form;
    }

    /**
     * The value of {@code field}, the only field of the JSON object in {@code text}.
     *
     * @param example a right body, for the details ({@code {"data":"hello"}})
     * @throws ProblemException {@code malformed-json} for text that is not one JSON value,
     *         {@code invalid-body} for any other shape
     */
    String stringField(String text, String field, String example) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ProblemException(ProblemType.MALFORMED_JSON,
                    "The body is not valid JSON" + where + ": " + plain(e) + ".");
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw invalidBody("The body must be a JSON object like " + example + ", not "
                    + (root == null || root.isMissingNode() ? "nothing" : kind(root)) + ".");
        }
        List<String> unknown = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (!name.equals(field)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            List<String> shown = new ArrayList<>();
            for (String name : unknown.subList(0, Math.min(SHOWN_NAMES, unknown.size()))) {
                shown.add(name.length() <= 40 ? name : name.substring(0, 40) + "...");
            }
            throw invalidBody("Unknown field(s) " + shown + (unknown.size() > SHOWN_NAMES
                    ? " and " + (unknown.size() - SHOWN_NAMES) + " more"
                    : "") + "; the only field is \"" + field + "\".");
        }
        JsonNode value = root.get(field);
        if (value == null) {
            throw invalidBody("The field \"" + field + "\" is missing; send " + example + ".");
        }
        if (value.isNull()) {
            throw invalidBody("The field \"" + field + "\" is null; it must be a string, as in " + example + ".");
        }
        if (!value.isTextual()) {
            throw invalidBody("The field \"" + field + "\" must be a string, not " + kind(value) + ".");
        }
        return value.textValue();
    }

    /**
     * What the parser found wrong, without its internals: the names of its settings and classes, and
     * where it says the source is redacted, are for the node's developers, not for the client.
     */
    static String plain(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("FAIL_ON_TRAILING_TOKENS") || message.startsWith("Trailing token")) {
            return "there is more after the JSON value";
        }
        if (message.contains("getMaxNestingDepth")) {
            return "it is nested too deeply";
        }
        if (message.contains("StreamReadConstraints")) {
            return "a number or a name in it is too long";
        }
        int cut = message.indexOf('\n');
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        // the parser's settings, which a client cannot change: "enable `JsonReadFeature...` to allow", "Feature '...'"
        message = message.replaceAll(":? ?enable `[^`]*` to allow\\)?", "")
                .replaceAll(" ?\\(not recognized as one since Feature '[^']*' not enabled for parser\\)", "");
        int feature = message.indexOf("Feature '");
        if (feature >= 0) {
            int open = message.lastIndexOf('(', feature);
            message = message.substring(0, open > 0 ? open : feature).strip();
        }
        int internals = message.indexOf(" (");
        if (internals > 0 && message.indexOf('`', internals) >= 0) {
            message = message.substring(0, internals);
        }
        return message.length() <= 200 ? message : message.substring(0, 200) + "...";
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static ProblemException invalidBody(String detail) {
        return new ProblemException(ProblemType.INVALID_BODY, detail);
    }
}
