package org.hedgerow.gatherings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A plan made at a gathering, to go on the noticeboard linked to it. */
record NewPlan(@NotBlank @Size(min = 3, max = 120) String title, @NotBlank @Size(max = 4000) String text) {
}
