package dev.rantai.web.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.chain.Block;
import dev.rantai.chain.ChainService;
import dev.rantai.chain.ChainUnavailableException;
import dev.rantai.chain.RuleViolationException;
import dev.rantai.metrics.ChainMetrics;
import dev.rantai.web.problem.Problem;
import dev.rantai.web.problem.ProblemAnswer;
import dev.rantai.web.problem.ProblemException;
import dev.rantai.web.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Submissions through the API: reads the body, hands the data to the chain and counts what is
 * refused. Never blocks: the result arrives when the chain has committed the block.
 */
@ApplicationScoped
public class BlockSubmissions {
    private final ChainService chain;
    private final ChainMetrics metrics;
    private final SubmissionReader reader;

    BlockSubmissions(ChainService chain, ChainMetrics metrics, ObjectMapper mapper) {
        this.chain = chain;
        this.metrics = metrics;
        this.reader = new SubmissionReader(mapper);
    }

    /**
     * A body of {@code POST /api/blocks}: read by its {@code Content-Type} header (as sent, or null), then mined;
     * a {@code Content-Encoding} other than {@code identity} (as sent, or null) is refused first.
     */
    public CompletableFuture<Block> submit(String contentType, String contentEncoding, byte[] body) {
        String data;
        try {
            StrictJsonBody.requireNoContentCoding(contentEncoding, SubmissionReader.OPERATION);
            data = reader.read(contentType, body);
        } catch (ProblemException e) {
            metrics.submissionRejected(e.reason());
            return CompletableFuture.failedFuture(e);
        }
        return mine(data);
    }

    /**
     * A submission refused before its data could be read (the dashboard's form that is not one), counted as the
     * API's are.
     *
     * @return its problem, for {@code instance}
     */
    public Problem refused(ProblemException e, String instance) {
        metrics.submissionRejected(e.reason());
        return ProblemAnswer.of(e, instance).orElseThrow().problem();
    }

    /**
     * Data already read (the dashboard's form): mined on the tip; the failure is the chain's
     * {@code RuleViolationException} or {@code ChainUnavailableException}, counted like the API's.
     */
    public Uni<Block> submit(String data) {
        return Uni.createFrom().completionStage(() -> mine(data)).emitOn(callerContext());
    }

    /** Mines data on the tip; completes on the chain's thread, and counts a refusal. */
    private CompletableFuture<Block> mine(String data) {
        CompletableFuture<Block> mined = chain.submit(data);
        mined.whenComplete((block, e) -> {
            if (e != null) {
                metrics.submissionRejected(reason(e));
            }
        });
        return mined;
    }

    /** The chain completes on its miner thread; the response continues on the request's own Vert.x context. */
    private static Executor callerContext() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : task -> context.runOnContext(v -> task.run());
    }

    private static String reason(Throwable e) {
        if (e instanceof RuleViolationException r) {
            return r.violation().rule().id();
        }
        if (e instanceof ChainUnavailableException) {
            return ProblemType.CHAIN_UNAVAILABLE.id();
        }
        return ProblemType.INTERNAL.id();
    }
}
