package org.hedgerow.imports;

/**
 * An import moved on: published after the commit of each page read or each batch of services applied, and when its
 * status changes, for the live module to tell the person who started it. Carries no listing data.
 *
 * @param username who started the import (their own queue hears of it)
 * @param status   READING, READY, APPLYING, APPLIED or FAILED
 * @param done     services read so far (READING) or applied so far (APPLYING)
 * @param total    services known so far (READING) or to apply (APPLYING)
 */
public record ImportProgressed(String importId, String username, String status, long done, long total) {
}
