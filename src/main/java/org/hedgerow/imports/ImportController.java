package org.hedgerow.imports;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.hedgerow.accounts.Role;
import org.hedgerow.accounts.SignedInUser;
import org.hedgerow.core.ConflictException;
import org.hedgerow.core.MayRefuse;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * Importing an ORUK feed: start a dry run (URL or file), read what it would do record by record, resolve conflicts,
 * complete the term mapping, apply. Facilitators within their own place, admins anywhere.
 */
@RestController
@RequestMapping("/api/imports")
@PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
class ImportController {

    /** One service of the feed as the import saw it: its plan, parsed. */
    record ImportRecordView(long seq, String externalId, String name, RecordPlan.Outcome outcome, List<String> reasons,
                            List<String> warnings, @Nullable RecordPlan plan,
                            ListingWriter.@Nullable Resolution resolution, boolean applied, @Nullable String failure) {
    }

    private final Importer importer;
    private final ImportStore store;
    private final TermMappings terms;
    private final JsonMapper json;

    ImportController(Importer importer, ImportStore store, TermMappings terms, JsonMapper json) {
        this.importer = importer;
        this.store = store;
        this.terms = terms;
        this.json = json;
    }

    /** Starts a dry run of a feed by URL; the host must be allowed and the feed up and ORUK 3.0. */
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<ImportStore.ImportView> startFromUrl(@AuthenticationPrincipal SignedInUser user,
                                                        @Valid @RequestBody ImportRequests.UrlImport request) {
        var id = importer.startFromUrl(user.accountId(), user.getUsername(), request.locality(), request.url(),
                request.name());
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + id)).body(view(id));
    }

    /** Starts a dry run of an uploaded feed file (JSON text, up to {@code hedgerow.api.max-file-size}, 32 MB). */
    @PostMapping("/file")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<ImportStore.ImportView> startFromFile(@AuthenticationPrincipal SignedInUser user,
                                                         @Valid @RequestBody ImportRequests.FileImport request) {
        var id = importer.startFromFile(user.accountId(), user.getUsername(), request.locality(), request.name(),
                request.content());
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + id)).body(view(id));
    }

    /** The imports this account started (admins: all), newest first. */
    @GetMapping
    Paged<ImportStore.ImportView> list(@AuthenticationPrincipal SignedInUser user,
                                       @Valid @ParameterObject PageRequest page) {
        var ids = store.list(user.role() == Role.ADMIN ? null : user.accountId(), page);
        return new Paged<>(ids.items().stream().map(this::view).toList(), ids.page(), ids.size(), ids.totalItems());
    }

    @GetMapping("/{id}")
    ImportStore.ImportView get(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        importer.mayManage(id, user.accountId());
        return view(id);
    }

    /** The import's services with what importing each would do (or did); {@code outcome} narrows to one kind. */
    @GetMapping("/{id}/records")
    Paged<ImportRecordView> records(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                    @RequestParam(required = false) RecordPlan.@Nullable Outcome outcome,
                                    @Valid @ParameterObject PageRequest page) {
        importer.mayManage(id, user.accountId());
        var records = store.records(id, outcome, page);
        return new Paged<>(records.items().stream().map(record -> new ImportRecordView(record.seq(),
                record.externalId(), record.name(), record.outcome(), record.reasons(), record.warnings(),
                record.plan() == null ? null : json.readValue(record.plan(), RecordPlan.class), record.resolution(),
                record.applied(), record.failure())).toList(), records.page(), records.size(), records.totalItems());
    }

    /** Says which side wins a record's conflicts when the import is applied. */
    @PutMapping("/{id}/records/{seq}/resolution")
    ImportStore.ImportView resolve(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                   @PathVariable long seq, @Valid @RequestBody ImportRequests.Resolve request) {
        importer.mayManage(id, user.accountId());
        var resolved = store.resolve(id, seq, request.resolution()).orElse(null);
        if (resolved == null || !resolved.conflict()) {
            throw new NotFoundException("Record " + seq + " of import " + id + " has no conflicts to resolve.");
        }
        if (resolved.status() != ImportStore.ImportStatus.READING && resolved.status() != ImportStore.ImportStatus.READY) {
            throw new ConflictException("Import " + id + " is " + resolved.status().name().toLowerCase(Locale.ROOT)
                    + ": its conflicts are settled as they were when it was applied, and can no longer change.");
        }
        return view(id);
    }

    /** Applies a finished dry run; its progress is pushed to the starter's /user/queue/imports. */
    @PostMapping("/{id}/apply")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<ImportStore.ImportView> apply(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        importer.apply(id, user.accountId());
        return ResponseEntity.accepted().body(view(id));
    }

    /** The taxonomy term mapping table; {@code unmapped=true}: the terms still waiting for a mapping. */
    @GetMapping("/term-mappings")
    Paged<TermMappings.TermMapping> termMappings(@RequestParam(required = false) @Nullable Boolean unmapped,
                                                 @RequestParam(required = false) @Nullable String importId,
                                                 @Valid @ParameterObject PageRequest page) {
        return terms.list(unmapped, importId, page);
    }

    /** Maps a feed's term to a category or need (or to nothing); kept for later imports. */
    @PutMapping("/term-mappings")
    @MayRefuse(404)
    TermMappings.TermMapping mapTerm(@Valid @RequestBody ImportRequests.MapTerm request) {
        return terms.map(request.key(), request.target(), request.code());
    }

    private ImportStore.ImportView view(String id) {
        var view = store.view(id);
        if (view == null) {
            throw new NotFoundException("There is no import " + id + ".");
        }
        return view;
    }
}
