package org.hedgerow.gatherings;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A gathering to convene.
 *
 * @param startsAt when it starts; must be in the future
 * @param venue    where, as a venue of the directory; or else
 * @param place    where, in words ("the back room of the Railway pub")
 * @param locality the code of the place it is for; by default the venue's locality, else the facilitator's place
 * @param groups   the ids of the groups invited (1 to 50)
 */
@Schema(example = """
        {"title": "Belper providers' get-together", "startsAt": "2027-01-14T18:30:00Z", "venue": "ven-strutt-centre",
         "groups": ["grp-hope-belper", "grp-belper-walkers"]}""")
record NewGathering(
        @NotBlank @Size(min = 3, max = 120) String title,
        @NotNull Instant startsAt,
        @Size(max = 100) @Nullable String venue,
        @Size(max = 200) @Nullable String place,
        @Size(max = 40) @Nullable String locality,
        @NotNull @Size(min = 1, max = 50, message = "invite 1 to 50 groups") List<@NotBlank @Size(max = 100) String> groups) {

    /** The groups once each, in the order given. */
    List<String> distinctGroups() {
        return groups.stream().map(String::strip).distinct().toList();
    }
}
