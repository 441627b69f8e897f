package org.hedgerow.referral;

import jakarta.validation.Valid;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.MayRefuse;
import org.hedgerow.accounts.SignedInUser;
import org.hedgerow.core.NetworkZone;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A participant's rights over their personal data, exercised for them by an admin: a subject access export, erasure
 * on request, and withdrawal of consent. The person is named by their participant reference (in the query or body,
 * never the path: a reference may hold a {@code /}). Each is audited without the reference in the line.
 */
@RestController
@RequestMapping("/api/personal-data")
@PreAuthorize("hasRole('ADMIN')")
class PersonalDataController {

    private final SubjectAccess subjectAccess;
    private final PersonalDataErasure erasure;

    PersonalDataController(SubjectAccess subjectAccess, PersonalDataErasure erasure) {
        this.subjectAccess = subjectAccess;
        this.erasure = erasure;
    }

    /** Everything held about the reference, as one JSON document to download; 404 if nothing is (or it was erased). */
    @GetMapping("/subject-access")
    @MayRefuse(404)
    ResponseEntity<SubjectAccessReport> subjectAccess(@RequestParam String reference) {
        var report = subjectAccess.of(checked(reference));
        var name = "subject-access-" + NetworkZone.dayOf(report.exportedAt()) + ".json";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(report);
    }

    /** Erases the person's personal details now and withdraws their open referrals (the groups are told). */
    @PostMapping("/erasure")
    @MayRefuse(404)
    Erasure erase(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody PersonalDataRequest request) {
        return erasure.onRequest(request.reference(), user.accountId());
    }

    /**
     * The person withdrew consent: as an erasure, and the reference cannot be referred again unless the new
     * referral records consent given after now.
     */
    @PostMapping("/consent-withdrawal")
    @MayRefuse(404)
    Erasure withdrawConsent(@AuthenticationPrincipal SignedInUser user,
                            @Valid @RequestBody PersonalDataRequest request) {
        return erasure.consentWithdrawn(request.reference(), user.accountId());
    }

    private static String checked(String reference) {
        if (reference.isBlank() || reference.length() > 40) {
            throw new InvalidRequestException("reference", "must be a participant reference of 1 to 40 characters");
        }
        return reference;
    }
}
