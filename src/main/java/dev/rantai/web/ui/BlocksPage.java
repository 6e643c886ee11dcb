package dev.rantai.web.ui;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.chain.Block;
import dev.rantai.chain.ChainService;
import dev.rantai.chain.ChainTip;
import dev.rantai.chain.ChainUnavailableException;
import dev.rantai.chain.RuleViolationException;
import dev.rantai.chain.store.StoredBlock;
import dev.rantai.web.problem.Problem;
import dev.rantai.web.problem.ProblemException;
import dev.rantai.web.problem.ProblemType;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * {@code /blocks}: the chain page by page, one block with every field, and the form that submits
 * new block data (the same {@link ChainService#submit} and rules as the JSON API).
 */
@Path(BlocksPage.PATH)
public class BlocksPage {
    static final String PATH = "/blocks";
    static final int PAGE_SIZE = 25;
    static final int MAX_PAGE_SIZE = 100;
    /** How long a plain form post waits for its block before it says the data is still being mined. */
    static final long SUBMIT_WAIT_SECONDS = 30;
    private static final Pattern HEIGHT = Pattern.compile("\\d{1,18}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page page, List<StoredBlock> blocks, Paging paging, ChainTip tip);

        static native TemplateInstance block(Page page, BlockView view);

        static native TemplateInstance notFound(Page page, String query);
    }

    private final ChainService chain;
    private final Pages pages;
    private final OverviewPage overview;
    private final ObjectMapper json;

    BlocksPage(ChainService chain, Pages pages, OverviewPage overview, ObjectMapper json) {
        this.chain = chain;
        this.pages = pages;
        this.overview = overview;
        this.json = json;
    }

    @GET
    @Blocking
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response list(@QueryParam("before") Long before, @QueryParam("size") @DefaultValue("25") int size,
            @Context HttpHeaders headers) {
        int n = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        ChainTip tip = chain.tip();
        long top = before == null ? tip.height() + 1 : Math.max(0, Math.min(before, tip.height() + 1));
        List<StoredBlock> blocks = chain.store().canonicalDescending(top, n);
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
        Optional<StoredBlock> found = find(id.strip().toLowerCase(java.util.Locale.ROOT));
        if (found.isEmpty()) {
            Pages.Rendering r = pages.begin("No such block", "blocks", headers);
            return pages.render(r, Templates.notFound(r.page(), id), Pages.NOT_FOUND);
        }
        StoredBlock b = found.get();
        boolean canonical = chain.store().isCanonical(b);
        Optional<String> next = canonical
                ? chain.store().canonicalAt(b.height() + 1).map(StoredBlock::hash)
                : Optional.empty();
        BlockView view = new BlockView(b, canonical, next, BlockData.of(b.block().data(), json));
        Pages.Rendering r = pages.begin("Block " + b.height(), "blocks", headers);
        return pages.render(r, Templates.block(r.page(), view), Pages.OK);
    }

    private Optional<StoredBlock> find(String id) {
        if (HEIGHT.matcher(id).matches()) {
            return chain.store().canonicalAt(Long.parseLong(id));
        }
        if (HASH.matcher(id).matches()) {
            return chain.store().byHash(id);
        }
        return Optional.empty();
    }

    /**
     * Mines the submitted data into a block. A plain form post is answered with a redirect to the
     * new block (post-redirect-get) or the overview again with the error; the page's script asks
     * for JSON and gets the block or a problem, like the API.
     */
    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({ MediaType.TEXT_HTML, MediaType.APPLICATION_JSON })
    @Operation(hidden = true)
    public Response submit(@FormParam("data") String data, @FormParam(CsrfGuard.FIELD) String token,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        boolean wantsJson = Pages.wantsJson(headers);
        String text = data == null ? "" : data;
        if (!pages.writeAllowed(headers, token)) {
            return refuse(wantsJson, headers, uri, text, new Problem(ProblemType.HTTP.uri(), "Forbidden",
                    Pages.FORBIDDEN, CsrfGuard.REFUSED, PATH, null));
        }
        try {
            Block block = chain.submit(text).get(SUBMIT_WAIT_SECONDS, TimeUnit.SECONDS);
            URI location = URI.create(PATH + "/" + block.hash());
            if (!wantsJson) {
                return Response.seeOther(location).build();
            }
            // The same body as POST /api/blocks answers with.
            return Response.created(location).entity(dev.rantai.web.api.BlockView.mined(block))
                    .type(MediaType.APPLICATION_JSON_TYPE).build();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuleViolationException v) {
                // The same status, detail and rule as POST /api/blocks.
                ProblemException p = ProblemException.ruleViolated(v.violation());
                return refuse(wantsJson, headers, uri, text, new Problem(p.type().uri(), p.type().title(),
                        p.status(), p.getMessage(), PATH, p.rule().orElse(null)));
            }
            if (e.getCause() instanceof ChainUnavailableException u) {
                ProblemType type = ProblemType.CHAIN_UNAVAILABLE;
                return refuse(wantsJson, headers, uri, text,
                        new Problem(type.uri(), type.title(), type.status(), u.getMessage(), PATH, null));
            }
            throw new IllegalStateException("Submission failed", e.getCause());
        } catch (TimeoutException e) {
            return refuse(wantsJson, headers, uri, text, new Problem(ProblemType.HTTP.uri(), "Still mining",
                    Pages.ACCEPTED, "the data is queued and still being mined; it will appear in the block list",
                    PATH, null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ProblemType type = ProblemType.CHAIN_UNAVAILABLE;
            return refuse(wantsJson, headers, uri, text, new Problem(type.uri(), type.title(), type.status(),
                    "interrupted while waiting for the block", PATH, null));
        }
    }

    /** The overview again with the error under the form, or for the page's script the problem as the API says it. */
    private Response refuse(boolean wantsJson, HttpHeaders headers, UriInfo uri, String data, Problem problem) {
        if (!wantsJson) {
            return overview.render(headers, uri, new SubmitForm(data, Optional.of(message(problem))), problem.status());
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** What the page shows: the rule's id before the chain's words, as the script shows it. */
    static String message(Problem problem) {
        return problem.rule() == null ? problem.detail() : problem.rule() + ": " + problem.detail();
    }
}
