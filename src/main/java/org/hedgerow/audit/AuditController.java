package org.hedgerow.audit;

import org.springdoc.core.annotations.ParameterObject;
import java.time.Instant;

import jakarta.validation.Valid;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for admins: read only; there is deliberately no way to change or remove an entry. */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private final AuditQuery query;

    AuditController(AuditQuery query) {
        this.query = query;
    }

    @GetMapping
    Paged<AuditEntry> list(@RequestParam(required = false) String actor,
                           @RequestParam(required = false) AuditKind kind,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                           @Valid @ParameterObject PageRequest page) {
        return query.list(actor, kind, from, to, page);
    }
}
