package org.hedgerow.noticeboard;

import org.springframework.format.annotation.DateTimeFormat;
import java.time.Instant;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Which posts to list: {@code ?locality=AMBER&kind=ASK&topic=venues&status=OPEN}. Bound from query parameters.
 *
 * @param locality a locality code; posts placed in it or anywhere within it
 * @param status   OPEN (the default), CLOSED or ALL
 * @param changedSince posts published, edited, replied to or closed at or after this instant (catching up)
 */
record PostFilter(
        @Size(max = 40) String locality,
        @Schema(allowableValues = {"OFFER", "ASK", "NEWS"})
        @Pattern(regexp = NewPost.KINDS, message = "must be OFFER, ASK or NEWS") String kind,
        @Pattern(regexp = NewPost.TOPIC, message = NewPost.TOPIC_MESSAGE) String topic,
        @Schema(allowableValues = {"OPEN", "CLOSED", "ALL"}, defaultValue = "OPEN")
        @Pattern(regexp = "OPEN|CLOSED|ALL", message = "must be OPEN, CLOSED or ALL") String status,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant changedSince) {

    /** The status to match, or null for any. */
    String statusToMatch() {
        if (status == null) {
            return PostStatus.OPEN.name();
        }
        return "ALL".equals(status) ? null : status;
    }
}
