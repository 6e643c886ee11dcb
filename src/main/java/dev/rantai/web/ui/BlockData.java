package dev.rantai.web.ui;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A block's data prepared for its page: JSON pretty-printed, long text folded behind a summary.
 * The text stays text: the template escapes it, nothing here builds markup.
 *
 * @param text what to show: the data, or its pretty-printed JSON form
 * @param json whether the data is a JSON object or array
 * @param bytes size in UTF-8 bytes
 * @param folded whether it is long enough to fold
 * @param summary the first characters, shown while folded
 */
public record BlockData(String text, boolean json, int bytes, boolean folded, String summary) {

    static final int FOLD_CHARS = 600;
    static final int FOLD_LINES = 12;
    static final int SUMMARY_CHARS = 160;

    static BlockData of(String data, ObjectMapper mapper) {
        Optional<String> pretty = prettyJson(data, mapper);
        String text = pretty.orElse(data);
        boolean folded = text.length() > FOLD_CHARS || text.lines().count() > FOLD_LINES;
        return new BlockData(text, pretty.isPresent(), data.getBytes(StandardCharsets.UTF_8).length, folded,
                UiExtensions.preview(data, SUMMARY_CHARS));
    }

    private static Optional<String> prettyJson(String data, ObjectMapper mapper) {
        String trimmed = data.strip();
        boolean object = trimmed.startsWith("{") && trimmed.endsWith("}");
        boolean array = trimmed.startsWith("[") && trimmed.endsWith("]");
        if (!object && !array) {
            return Optional.empty();
        }
        try {
            JsonNode node = mapper.readTree(trimmed);
            return Optional.of(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
