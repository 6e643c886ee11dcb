package dev.rantai.web.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import dev.rantai.chain.Block;
import dev.rantai.chain.BlockSource;
import dev.rantai.chain.ChainService;
import dev.rantai.chain.ChainTip;
import dev.rantai.chain.store.StoredBlock;
import dev.rantai.web.problem.ProblemException;
import dev.rantai.web.problem.ProblemType;

/** Reads of the chain for the API: the summary, pages of blocks, one block, a full verification. Blocking (store reads). */
@ApplicationScoped
public class ChainQueries {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 500;
    private static final Pattern HEIGHT = Pattern.compile("[0-9]{1,18}");
    private static final Pattern HASH = Pattern.compile("[0-9a-fA-F]{64}");
    /** Digits that are not a hash: a height, though one above any a chain can reach when too long for a long. */
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,63}|[0-9]{65,}");

    private final ChainService chain;

    ChainQueries(ChainService chain) {
        this.chain = chain;
    }

    public ChainSummary summary() {
        ChainTip tip = chain.tip();
        Block genesis = chain.rules().genesis();
        return new ChainSummary(genesis.hash(), BlockView.of(genesis, true, BlockSource.GENESIS),
                tip.height(), tip.hash(), tip.block().timestamp(), tip.work().toString(),
                chain.rules().params().difficulty(), chain.rules().params().maxDataBytes(), chain.queuedSubmissions());
    }

    /**
     * Canonical blocks below {@code before} (a height, exclusive; default: the tip + 1), newest first.
     * The parameters arrive as text so that a bad one gets a precise 400 instead of the framework's 404.
     */
    public BlockPage page(Optional<String> before, Optional<String> limit) {
        int size = PagingParameters.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        long below = PagingParameters.before(before, chain.tip().height() + 1);
        List<StoredBlock> blocks = chain.queries().canonicalBefore(below, size);
        List<BlockView> views = blocks.stream().map(b -> BlockView.of(b, true)).toList();
        long oldest = blocks.isEmpty() ? 0 : blocks.get(blocks.size() - 1).height();
        String next = oldest > 0 ? nextPage(oldest, size) : null;
        return new BlockPage(views, next);
    }

    static String nextPage(long before, int limit) {
        return "/api/blocks?before=" + before + "&limit=" + limit;
    }

    /** A block by height (digits: the canonical block there) or by hash (any stored block, side branches too). */
    public Optional<BlockView> find(String id) {
        boolean byHeight = HEIGHT.matcher(id).matches();
        return stored(id).map(b -> BlockView.of(b, byHeight || chain.queries().isCanonical(b)));
    }

    /** The stored block a height or hash names; a 400 problem for anything else. */
    public Optional<StoredBlock> stored(String id) {
        if (HEIGHT.matcher(id).matches()) {
            return chain.queries().canonicalAt(Long.parseLong(id));
        }
        if (HASH.matcher(id).matches()) {
            return chain.queries().byHash(id.toLowerCase(Locale.ROOT));
        }
        if (DIGITS.matcher(id).matches()) {
            return Optional.empty();
        }
        throw new ProblemException(ProblemType.INVALID_PARAMETER, "'" + id + "' is neither a height (digits, like 42)"
                + " nor a block hash (64 hex digits).");
    }

    /** Why {@link #find} found nothing, in words that say what exists. */
    public String notFound(String id) {
        long height = chain.tip().height();
        return DIGITS.matcher(id).matches()
                ? "No block has height " + id + "; the tip is at height " + height + "."
                : "No block with hash " + id.toLowerCase(Locale.ROOT) + " is stored on this node (tip height "
                        + height + ").";
    }

    public VerificationView verify() {
        return VerificationView.of(chain.verifyAll());
    }

}
