package org.hedgerow.connections;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Groups a group might work with, for anyone signed in. Not public: the reasons name organisers and
 * count referrals, which the public directory does not show.
 */
@RestController
class CollaboratorController {

    private final CollaboratorSuggestions suggestions;

    CollaboratorController(CollaboratorSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping("/api/groups/{id}/collaborators")
    List<Collaborator> collaborators(@PathVariable String id,
                                     @RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
        return suggestions.suggest(id, limit);
    }
}
