package org.hedgerow.activities;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an organiser says about one session: it is cancelled, or changed (held at another venue and/or starting at
 * another time), with a note for the people coming ("no walk on Saturday 6th: the towpath is flooded").
 *
 * @param venue     for CHANGED: the id of the venue it is held at instead
 * @param startTime for CHANGED: when it starts instead (it keeps its length)
 * @param version   the version of the session's change you saw ({@code changeVersion} of the session); absent when it
 *                  had none: a change made or replaced by someone else since is a 409, not overwritten
 */
@Schema(example = "{\"status\": \"CHANGED\", \"note\": \"This week at the Strutt Centre instead\", \"venue\": \"ven-strutt-centre\"}")
record SessionChangeRequest(@NotNull Change status, @NotBlank @Size(max = 300) String note, @Nullable String venue,
                            @Nullable LocalTime startTime, @Nullable Long version) {

    enum Change {
        CANCELLED, CHANGED
    }
}
