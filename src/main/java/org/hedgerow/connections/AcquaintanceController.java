package org.hedgerow.connections;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Whom an organiser knows (either way round), by name, for anyone signed in. */
@RestController
class AcquaintanceController {

    private final Acquaintances acquaintances;

    AcquaintanceController(Acquaintances acquaintances) {
        this.acquaintances = acquaintances;
    }

    @GetMapping("/api/organisers/{id}/connections")
    List<Acquaintance> connections(@PathVariable String id) {
        return acquaintances.of(id);
    }
}
