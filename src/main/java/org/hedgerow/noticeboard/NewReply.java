package org.hedgerow.noticeboard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reply to a post. */
public record NewReply(@NotBlank @Size(max = 4000) String text) {
}
