package org.hedgerow.core;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Lets at most {@code hedgerow.api.max-concurrent} API requests (the app's {@code /api} and the public Open Referral
 * feed, which harvesters may hit hard) work at once; the next ones wait up to
 * {@code hedgerow.api.max-wait} for a turn and are then turned away with a 503 problem and {@code Retry-After}.
 * Requests run on virtual threads, so nothing else bounds them: without this, more requests than the database can
 * serve all start at once, each holds a connection while it waits for the CPU, and throughput collapses (the
 * referral-creation benchmark fell from 100 referrals a second to 24 at 200 offered; BENCHMARKS.md). A database
 * too busy for a request that was let in (no connection or transaction to be had) is also a 503 here, wherever it
 * surfaces: a controller, a filter or the commit. Its transaction did not commit, so nothing changed. So is a database
 * that cannot be reached at all (an external Neo4j stopped or restarting: the driver's {@code ServiceUnavailable} or
 * {@code SessionExpired}, however Spring wrapped it), with its own words and a longer {@code Retry-After}: the driver
 * connects afresh on the next request once it is back, so the app recovers without a restart (DatabaseOutageTests).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ApiAdmission extends OncePerRequestFilter implements ApiPause {

    static final String BUSY = "Hedgerow is too busy to answer just now and nothing was changed; try again in a moment.";
    static final String UNREACHABLE = "Hedgerow cannot reach its database just now and nothing was changed; "
            + "try again in a few seconds.";

    /**
     * @param maxConcurrent API requests at work at once (a few per core: each mostly waits for the database)
     * @param maxWait       how long a request may wait for its turn before it is turned away
     */
    @ConfigurationProperties("hedgerow.api")
    record Limits(@DefaultValue("32") int maxConcurrent, @DefaultValue("1s") Duration maxWait) {
    }

    private static final Logger log = LoggerFactory.getLogger(ApiAdmission.class);

    private final Semaphore turns;
    private final int maxConcurrent;
    /** Whether this thread's request holds a turn: a pause asked for from a request leaves that turn to it. */
    private final ThreadLocal<Boolean> holdsTurn = ThreadLocal.withInitial(() -> false);
    private final Duration maxWait;
    private final JsonMapper json;

    ApiAdmission(Limits limits, JsonMapper json) {
        this.turns = new Semaphore(limits.maxConcurrent(), true);
        this.maxConcurrent = limits.maxConcurrent();
        this.maxWait = limits.maxWait();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiPaths.api(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = turns.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            busy(request, response);
            return;
        }
        holdsTurn.set(true);
        try {
            chain.doFilter(request, response);
        }
        catch (ServletException | RuntimeException ex) {
            if (!isTransient(ex) || response.isCommitted()) {
                throw ex;
            }
            response.reset();
            log.warn("{} {} answered 503: {}", request.getMethod(), request.getRequestURI(), databaseSaid(ex));
            if (isUnreachable(ex)) {
                refuse(json, request, response, "database-unavailable", "Database unavailable", UNREACHABLE, 5);
            } else {
                busy(request, response);
            }
        }
        finally {
            holdsTurn.remove();
            turns.release();
        }
    }

    /**
     * Takes every turn but the caller's own: the semaphore is fair, so once this waits, new requests queue behind
     * it, and after {@code maxWait} are answered 503 Busy, while those at work finish.
     */
    @Override
    public <T> T whileStill(Duration drain, java.util.function.Supplier<T> work) {
        int others = maxConcurrent - (holdsTurn.get() ? 1 : 0);
        boolean still;
        try {
            still = turns.tryAcquire(others, drain.toNanos(), TimeUnit.NANOSECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            still = false;
        }
        if (!still) {
            throw new NotStill(drain);
        }
        try {
            return work.get();
        }
        finally {
            turns.release(others);
        }
    }

    /** The database's own code and message (the outermost driver exception), else the deepest cause's. */
    private static String databaseSaid(Throwable ex) {
        Throwable root = ex;
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof Neo4jException neo4j) {
                return neo4j.code() + ": " + neo4j.getMessage();
            }
            root = cause;
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static boolean isTransient(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof CannotCreateTransactionException
                    || cause instanceof org.neo4j.driver.exceptions.TransientException) {
                return true;
            }
        }
        return isUnreachable(ex);
    }

    /** The database is not there (not merely busy): no connection could be made, or the one in use was lost. */
    private static boolean isUnreachable(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException) {
                return true;
            }
        }
        return false;
    }

    private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        refuse(json, request, response, "busy", "Busy", BUSY, 1);
    }

    /** Answers 503 with a problem and {@code Retry-After}, readable from any page when it is the public feed's. */
    static void refuse(JsonMapper json, HttpServletRequest request, HttpServletResponse response, String type,
                       String title, String detail, int retryAfterSeconds) throws IOException {
        var problem = ProblemDetails.of(HttpStatus.SERVICE_UNAVAILABLE, type, title, detail);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        if (ApiPaths.publicFeed(request)) {
            // The Open Referral feed is read from any web page (its own security chain adds this header, but a 503
            // here is answered before that chain, or after a reset that cleared it): without it a browser would hide
            // the answer, Retry-After and all, from the page that asked.
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, HttpHeaders.RETRY_AFTER);
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
