package org.hedgerow.connections;

import org.hedgerow.core.MayRefuse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.ResponseStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hedgerow.accounts.Role;
import org.hedgerow.accounts.SignedInUser;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Introductions between organisers. Providers act as their own organiser; admins may act for anyone
 * and then name the organiser. Link workers and facilitators have no introductions to make.
 */
@RestController
@RequestMapping("/api/introductions")
@PreAuthorize("hasAnyRole('PROVIDER', 'ADMIN')")
class IntroductionController {

    private final Introductions introductions;
    private final IntroductionQuery query;

    IntroductionController(Introductions introductions, IntroductionQuery query) {
        this.introductions = introductions;
        this.query = query;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<IntroductionView> request(@AuthenticationPrincipal SignedInUser user,
                                             @Valid @RequestBody IntroductionRequest request) {
        String from = organiser(user, request.from(), "from");
        return ResponseEntity.status(HttpStatus.CREATED).body(introductions.request(user.accountId(), from, request));
    }

    @GetMapping
    @MayRefuse(404)
    Paged<IntroductionView> list(@AuthenticationPrincipal SignedInUser user,
                                 @RequestParam(required = false)
                                 @Pattern(regexp = "incoming|outgoing", message = "must be incoming or outgoing")
                                 String direction,
                                 @RequestParam(required = false)
                                 @Pattern(regexp = "REQUESTED|ACCEPTED|DECLINED",
                                         message = "must be REQUESTED, ACCEPTED or DECLINED")
                                 String status,
                                 @RequestParam(required = false) @Size(max = 100) String organiser,
                                 @Valid @ParameterObject PageRequest page) {
        return query.list(user.accountId(), organiser(user, organiser, "organiser"), direction, status, page);
    }

    @PostMapping("/{id}/accept")
    IntroductionView accept(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                            @Valid @RequestBody IntroductionAnswer answer) {
        return introductions.accept(id, user.accountId(), answer);
    }

    @PostMapping("/{id}/decline")
    IntroductionView decline(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                             @Valid @RequestBody IntroductionAnswer answer) {
        return introductions.decline(id, user.accountId(), answer);
    }

    /**
     * The organiser to act as: the one named, else the provider's own. An admin acts as nobody, so must
     * name one. Whether the account may act as the one named is decided with the data, in the statement.
     */
    private static String organiser(SignedInUser user, String named, String field) {
        if (named != null) {
            return named;
        }
        if (user.role() == Role.ADMIN || user.actsAsId() == null) {
            throw new InvalidRequestException(field, "is required: name the organiser to act as");
        }
        return user.actsAsId();
    }
}
