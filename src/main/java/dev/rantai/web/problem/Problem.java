package dev.rantai.web.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error as RFC 9457 problem details ({@code application/problem+json}). {@code rule} is set
 * when a chain rule was broken, with the rule's id (for example {@code data-too-large}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "What kind of problem: a urn:rantai:problem: name, or about:blank for plain HTTP errors", examples = "urn:rantai:problem:block-not-found") String type,
        @Schema(description = "Short summary of the problem type", examples = "Block not found") String title,
        @Schema(description = "HTTP status code", examples = "404") int status,
        @Schema(description = "What went wrong this time and what to do about it", examples = "No block has height 9000; the tip is at height 12.") String detail,
        @Schema(description = "The request path", examples = "/api/blocks/9000") String instance,
        @Schema(description = "The chain rule that was broken, when one was", examples = "data-too-large", nullable = true) String rule) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
