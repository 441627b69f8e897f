package org.hedgerow.referral;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A link worker refers someone to an activity for one or more needs. The participant is a pseudonymous
 * reference (never a name or NHS number) with just enough to make contact, and their recorded consent.
 */
@Schema(example = "{\"activity\": \"act-tuesday-towpath-walk\", \"needs\": [\"LONELINESS\", \"INACTIVITY\"], \"reason\": \"Recently bereaved, lost confidence going out; keen on walking.\", \"participant\": {\"reference\": \"BEL-2025-0142\", \"contact\": \"Phone 07700 900123, prefers mornings\", \"consent\": {\"given\": true, \"recordedBy\": \"Lee (link worker)\", \"recordedAt\": \"2025-03-04T10:15:00Z\"}}}")
public record NewReferral(
        @NotBlank String activity,
        @NotEmpty @Size(max = 10) List<@NotBlank String> needs,
        @NotBlank @Size(max = 500) String reason,
        @NotNull @Valid Participant participant) {

    /**
     * @param reference pseudonymous: the referrer's own reference for the person, 3–40 letters, digits, - _ / .
     * @param contact   the minimum needed to make contact, e.g. "phone 07…, prefers mornings"
     */
    public record Participant(
            @NotBlank @Size(min = 3, max = 40)
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 _./-]*", message = "must be a reference of letters, digits, -, _, / or .")
            String reference,
            @NotBlank @Size(max = 200) String contact,
            @NotNull @Valid Consent consent) {
    }

    /** Consent to be referred and to have contact details shared with the receiving group. */
    public record Consent(
            @NotNull @AssertTrue(message = "must be true: a referral needs the person's consent") Boolean given,
            @NotBlank @Size(max = 100) String recordedBy,
            @NotNull @PastOrPresent Instant recordedAt) {
    }
}
