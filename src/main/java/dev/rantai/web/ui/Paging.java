package dev.rantai.web.ui;

import java.util.Optional;

/**
 * Where a page of the block list sits: heights are the cursor ({@code before}), so a page is one
 * keyed range read however long the chain is.
 *
 * @param size blocks per page
 * @param newer {@code before} of the next newer page, if this is not the newest
 * @param older {@code before} of the next older page, if there are older blocks
 * @param newest whether this page starts at the tip (and so takes new blocks live)
 */
public record Paging(int size, Optional<Long> newer, Optional<Long> older, boolean newest) {
}
