package dev.rantai.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON form of a submission, for the OpenAPI document; {@link SubmissionReader} reads the body itself. */
@Schema(name = "Submission", additionalProperties = Schema.False.class)
record SubmitRequest(
        @Schema(required = true, description = "The data to store: 1..max-data-bytes bytes of UTF-8", examples = "hello") String data) {
}
