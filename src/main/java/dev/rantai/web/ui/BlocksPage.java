package dev.rantai.web.ui;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.chain.Block;
import dev.rantai.chain.BlockQueries;
import dev.rantai.chain.ChainService;
import dev.rantai.chain.ChainTip;
import dev.rantai.chain.ChainUnavailableException;
import dev.rantai.chain.RuleViolationException;
import dev.rantai.chain.store.StoredBlock;
import dev.rantai.web.api.BlockSubmissions;
import dev.rantai.web.api.BlockView;
import dev.rantai.web.api.NetworkQueries;
import dev.rantai.web.api.PagingParameters;
import dev.rantai.web.api.Propagation;
import dev.rantai.web.problem.Problem;
import dev.rantai.web.problem.ProblemException;
import dev.rantai.web.problem.ProblemType;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * {@code /blocks}: the chain page by page, one block with every field, and the form that submits
 * new block data through the same {@link BlockSubmissions} as {@code POST /api/blocks}: the same
 * rules, problems and metrics, and no thread waits while the block is mined.
 */
@Path(BlocksPage.PATH)
public class BlocksPage {
    static final String PATH = "/blocks";
    static final int PAGE_SIZE = 25;
    /** As the API allows. */
    static final int MAX_PAGE_SIZE = 500;
    /** Blocks listed when a hash prefix matches several. */
    static final int PREFIX_MATCHES = 20;
    private static final Pattern HEIGHT = Pattern.compile("[0-9]{1,18}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern PREFIX = Pattern.compile("[0-9a-f]{" + BlockQueries.MIN_PREFIX + ",63}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page page, List<StoredBlock> blocks, Paging paging, ChainTip tip);

        static native TemplateInstance block(Page page, BlockDetails view, Propagation propagation);

        static native TemplateInstance notFound(Page page, String query);

        static native TemplateInstance matches(Page page, String query, List<StoredBlock> blocks, boolean more);

        static native TemplateInstance problem(Page page, Problem problem);
    }

    private final ChainService chain;
    private final Pages pages;
    private final OverviewPage overview;
    private final BlockSubmissions submissions;
    private final NetworkQueries network;
    private final ObjectMapper json;

    BlocksPage(ChainService chain, Pages pages, OverviewPage overview, BlockSubmissions submissions,
            NetworkQueries network, ObjectMapper json) {
        this.chain = chain;
        this.pages = pages;
        this.overview = overview;
        this.submissions = submissions;
        this.network = network;
        this.json = json;
    }

    /** A page of canonical blocks: {@code ?limit=} and {@code ?before=} as the API reads them, with its errors. */
    @GET
    @Blocking
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response list(@Context HttpHeaders headers, @Context UriInfo uri) {
        ChainTip tip = chain.tip();
        int n;
        long top;
        try {
            n = PagingParameters.limit(PagingParameters.query(uri, "limit"), PAGE_SIZE, MAX_PAGE_SIZE);
            top = Math.min(PagingParameters.before(PagingParameters.query(uri, "before"), tip.height() + 1),
                    tip.height() + 1);
        } catch (ProblemException e) {
            return problem(headers, e, uri.getPath());
        }
        List<StoredBlock> blocks = chain.queries().canonicalBefore(top, n);
        Optional<Long> newer = top > tip.height() ? Optional.empty() : Optional.of(Math.min(top + n, tip.height() + 1));
        Optional<Long> older = blocks.isEmpty() || blocks.get(blocks.size() - 1).height() == 0
                ? Optional.empty()
                : Optional.of(blocks.get(blocks.size() - 1).height());
        Pages.Rendering r = pages.begin("Blocks", "blocks", headers);
        return pages.render(r, Templates.list(r.page(), blocks, new Paging(n, newer, older, newer.isEmpty()), tip),
                Pages.OK);
    }

    @GET
    @Path("{id}")
    @Blocking
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response block(@PathParam("id") String id, @Context HttpHeaders headers) {
        String query = id.strip().toLowerCase(Locale.ROOT);
        Optional<StoredBlock> found = Optional.empty();
        // A height has no leading zero: "001234" is the start of a hash (they start with zeros), not height 1234.
        boolean height = HEIGHT.matcher(query).matches() && (query.length() == 1 || query.charAt(0) != '0');
        if (height) {
            found = chain.queries().canonicalAt(Long.parseLong(query));
        } else if (HASH.matcher(query).matches()) {
            found = chain.queries().byHash(query);
        }
        if (found.isEmpty() && PREFIX.matcher(query).matches()) {
            return prefix(query, headers);
        }
        if (found.isEmpty()) {
            return notFound(id, headers);
        }
        StoredBlock b = found.get();
        BlockQueries queries = chain.queries();
        boolean canonical = queries.isCanonical(b);
        Optional<String> next = canonical
                ? queries.canonicalAt(b.height() + 1).map(StoredBlock::hash)
                : Optional.empty();
        long confirmations = canonical ? chain.tip().height() - b.height() + 1 : 0;
        BlockDetails view = new BlockDetails(b, canonical, next, confirmations, BlockData.of(b.block().data(), json));
        Pages.Rendering r = pages.begin("Block " + b.height(), "blocks", headers);
        return pages.render(r, Templates.block(r.page(), view, network.propagation(b)), Pages.OK);
    }

    /** A hash prefix: its block when one matches, the list when several do. */
    private Response prefix(String prefix, HttpHeaders headers) {
        List<StoredBlock> matches = chain.queries().byHashPrefix(prefix, PREFIX_MATCHES + 1);
        if (matches.isEmpty()) {
            return notFound(prefix, headers);
        }
        if (matches.size() == 1) {
            return Response.seeOther(URI.create(PATH + "/" + matches.get(0).hash())).build();
        }
        Pages.Rendering r = pages.begin("Blocks starting " + prefix, "blocks", headers);
        boolean more = matches.size() > PREFIX_MATCHES;
        return pages.render(r, Templates.matches(r.page(), prefix, matches.subList(0, Math.min(PREFIX_MATCHES,
                matches.size())), more), Pages.OK);
    }

    private Response notFound(String query, HttpHeaders headers) {
        Pages.Rendering r = pages.begin("No such block", "blocks", headers);
        return pages.render(r, Templates.notFound(r.page(), query), Pages.NOT_FOUND);
    }

    private Response problem(HttpHeaders headers, ProblemException e, String path) {
        Pages.Rendering r = pages.begin(e.type().title(), "blocks", headers);
        Problem problem = new Problem(e.type().uri(), e.type().title(), e.status(), e.getMessage(), path,
                e.rule().orElse(null));
        return pages.render(r, Templates.problem(r.page(), problem), e.status());
    }

    /**
     * Mines the submitted data into a block. A plain form post is answered, once the block is
     * committed, with a redirect to it (post-redirect-get) or the overview again with the error; the
     * page's script asks for JSON and gets what {@code POST /api/blocks} answers: the block, or the
     * same problem.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({ MediaType.TEXT_HTML, MediaType.APPLICATION_JSON })
    @Operation(hidden = true)
    public Uni<Response> submit(byte[] body, @Context HttpHeaders headers, @Context UriInfo uri) {
        boolean wantsJson = Pages.wantsJson(headers);
        Map<String, String> form;
        try {
            form = FormBody.parse(body, Set.of("data", CsrfGuard.FIELD));
        } catch (ProblemException e) {
            Problem problem = submissions.refused(e, PATH);
            return wantsJson ? Uni.createFrom().item(json(problem)) : onWorker(() -> refuse(headers, uri, "", problem));
        }
        String text = form.getOrDefault("data", "");
        String token = form.get(CsrfGuard.FIELD);
        if (!pages.writeAllowed(headers, token)) {
            Problem forbidden = new Problem(ProblemType.HTTP.uri(), "Forbidden", Pages.FORBIDDEN, CsrfGuard.REFUSED,
                    PATH, null);
            return wantsJson ? Uni.createFrom().item(json(forbidden))
                    : onWorker(() -> refuse(headers, uri, text, forbidden));
        }
        return submissions.submit(text).onItemOrFailure().transformToUni((block, failure) -> {
            if (failure == null) {
                return Uni.createFrom().item(created(block, wantsJson));
            }
            if (wantsJson) {
                // The API's mappers answer: the same status, problem and Retry-After as POST /api/blocks.
                return Uni.createFrom().failure(failure);
            }
            Problem problem = problemOf(failure);
            return onWorker(() -> refuse(headers, uri, text, problem));
        });
    }

    private static Response created(Block block, boolean wantsJson) {
        URI location = URI.create(PATH + "/" + block.hash());
        if (!wantsJson) {
            return Response.seeOther(location).build();
        }
        return Response.created(location).entity(BlockView.mined(block)).type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    private static Problem problemOf(Throwable failure) {
        ProblemException p;
        if (failure instanceof RuleViolationException v) {
            p = ProblemException.ruleViolated(v.violation());
        } else if (failure instanceof ChainUnavailableException u) {
            p = new ProblemException(ProblemType.CHAIN_UNAVAILABLE, u.getMessage());
        } else if (failure instanceof ProblemException e) {
            p = e;
        } else {
            throw new IllegalStateException("Submission failed", failure);
        }
        return new Problem(p.type().uri(), p.type().title(), p.status(), p.getMessage(), PATH, p.rule().orElse(null));
    }

    private static Response json(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** Pages read the store: never on the event loop. */
    private static Uni<Response> onWorker(Supplier<Response> page) {
        return Uni.createFrom().item(page).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** The overview again with the error under the form and the typed data still in it. */
    private Response refuse(HttpHeaders headers, UriInfo uri, String data, Problem problem) {
        return overview.render(headers, uri, new SubmitForm(data, Optional.of(message(problem))), problem.status());
    }

    /** What the page shows: the rule's id before the chain's words, as the script shows it. */
    static String message(Problem problem) {
        return problem.rule() == null ? problem.detail() : problem.rule() + ": " + problem.detail();
    }
}
