package org.hedgerow.accounts;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.hedgerow.audit.AuditKind;
import org.hedgerow.audit.AuditTrail;
import org.hedgerow.core.ProblemDetails;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Browser sign-in: {@code POST /api/session} signs in, {@code GET} says who is signed in (and hands the
 * browser its CSRF cookie), {@code DELETE} signs out, {@code PUT /api/session/password} changes one's own
 * password. Every sign-in, failure and sign-out is audited.
 */
@RestController
@RequestMapping("/api/session")
class SessionController {

    private static final Logger log = LoggerFactory.getLogger(SessionController.class);

    private final AuthenticationManager authentication;
    private final SessionAuthenticationStrategy sessionStrategy;
    private final SecurityContextRepository contexts;
    private final CsrfTokenRepository csrfTokens;
    private final SignInThrottle throttle;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final PasskeyPolicy passkeys;

    SessionController(AuthenticationManager authentication, SessionAuthenticationStrategy sessionStrategy,
                      SecurityContextRepository contexts, CsrfTokenRepository csrfTokens, SignInThrottle throttle,
                      AccountService accounts, AuditTrail audit, PasskeyPolicy passkeys) {
        this.authentication = authentication;
        this.sessionStrategy = sessionStrategy;
        this.contexts = contexts;
        this.csrfTokens = csrfTokens;
        this.throttle = throttle;
        this.accounts = accounts;
        this.audit = audit;
        this.passkeys = passkeys;
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "Who is signed in",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    ResponseEntity<?> current(@AuthenticationPrincipal SignedInUser user, @Nullable Authentication authentication,
                              CsrfToken csrf) {
        csrf.getToken(); // renders the XSRF-TOKEN cookie for the app's next state-changing request
        if (user == null) {
            return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Not signed in",
                    "Nobody is signed in on this browser; sign in with POST /api/session.");
        }
        return ResponseEntity.ok(passkeys.view(authentication));
    }

    @PostMapping
    @ApiResponse(responseCode = "200", description = "Signed in; the session cookie and a new XSRF-TOKEN cookie are set",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    ResponseEntity<?> signIn(@Valid @RequestBody SignIn signIn, HttpServletRequest request,
                             HttpServletResponse response) {
        String address = request.getRemoteAddr();
        var attempt = throttle.begin(signIn.username(), address);
        if (attempt.refused()) {
            log.warn("Sign-in for '{}' from {} refused: too many failed attempts", signIn.username(), address);
            audit.recordAs(signIn.username(), null, AuditKind.SIGN_IN_THROTTLED, "Account", null,
                    "refused after repeated failures");
            return throttled(attempt.refusedFor());
        }
        Authentication signedIn;
        try {
            signedIn = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(signIn.username(), signIn.password()));
        }
        catch (InternalAuthenticationServiceException ex) {
            // The account could not be read (the database is gone or busy): no word on the password, so neither a
            // failure to count nor one to audit. The cause goes on to core's ApiAdmission, which answers 503.
            throttle.unanswered(attempt);
            throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
        }
        catch (AuthenticationException ex) {
            log.warn("Failed sign-in for '{}' from {} ({} recent failures for this username)",
                    signIn.username(), address, throttle.failures(signIn.username()));
            audit.recordAs(signIn.username(), null, AuditKind.SIGN_IN_FAILED, "Account", null,
                    ex.getClass().getSimpleName());
            return problem(HttpStatus.UNAUTHORIZED, "sign-in-failed", "Sign-in failed",
                    "Wrong username or password, or the account is disabled.");
        }
        throttle.succeeded(attempt);
        var user = (SignedInUser) signedIn.getPrincipal();
        // Audited before the session exists: there is never a signed-in session without its audit line.
        // Its role may require a passkey as well: then the session waits for that step, without its role.
        var session = passkeys.afterPassword(user);
        audit.recordAs(user.getUsername(), user.role().name(), AuditKind.SIGN_IN, "Account", user.accountId(),
                PasskeyPolicy.waiting(session) ? "password; the passkey step follows" : null);
        sessionStrategy.onAuthentication(session, request, response);
        renderCsrfCookie(request); // the strategy replaced the token; hand the app the new one now
        keep(session, request, response);
        return ResponseEntity.ok(passkeys.view(session));
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> signOut(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request,
                                 HttpServletResponse response) {
        if (user != null) {
            audit.record(AuditKind.SIGN_OUT, "Account", user.accountId(), null);
        }
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/password")
    @ApiResponse(responseCode = "204", content = @Content,
            description = "Changed; this session carries on, every other session of the account ends")
    ResponseEntity<?> changePassword(@AuthenticationPrincipal SignedInUser user,
                                     @Valid @RequestBody PasswordChange change, HttpServletRequest request,
                                     HttpServletResponse response) {
        var attempt = throttle.begin(user.getUsername(), request.getRemoteAddr());
        if (attempt.refused()) {
            return throttled(attempt.refusedFor());
        }
        String stamp;
        try {
            stamp = accounts.changeOwnPassword(user, change);
        }
        catch (DataAccessException ex) {
            throttle.unanswered(attempt); // the database did not answer: no failed attempt
            throw ex;
        }
        throttle.succeeded(attempt);
        // This session carries on with the account's new stamp; every other session of the account ends.
        var renewed = user.withSessionStamp(stamp);
        keep(UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities()), request,
                response);
        return ResponseEntity.noContent().build();
    }

    private void keep(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private static void renderCsrfCookie(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
    }

    private static ResponseEntity<?> throttled(Duration wait) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(SignInThrottle.retryAfter(wait)))
                .body(ProblemDetails.of(HttpStatus.TOO_MANY_REQUESTS, SignInThrottle.PROBLEM, SignInThrottle.TITLE,
                        SignInThrottle.detail(wait)));
    }

    private static ResponseEntity<?> problem(HttpStatus status, String type, String title, String detail) {
        return ResponseEntity.status(status).body(ProblemDetails.of(status, type, title, detail));
    }
}
