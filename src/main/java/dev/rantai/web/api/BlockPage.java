package dev.rantai.web.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of canonical blocks, newest first, and the link to the next (older) page. */
@Schema(name = "BlockPage")
public record BlockPage(
        List<BlockView> blocks,
        @Schema(description = "Path of the next (older) page, null on the last page", nullable = true, examples = "/api/blocks?before=3&limit=2") String next) {
}
