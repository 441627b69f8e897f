package org.hedgerow.referral;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.hedgerow.audit.AuditKind;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The erasures made because the person asked or withdrew consent, one JSON line each, in a file outside the store
 * ({@code hedgerow.retention.erasure-ledger}, by default beside the backups). Restoring a backup taken before an
 * erasure brings the erased details back with the rest of the store; the ledger does not go back with it, so the
 * next start erases them again ({@link PersonalDataErasure#replay}). A line holds what the store keeps after an
 * erasure anyway: the participants' ids, the ground, who asked and when, and for withdrawn consent the reference's
 * digest; never a reference, contact, reason or note. The retention job needs no line: it erases again what a
 * restore brings back past retention on its next run.
 *
 * <p>A line is written, and forced to disk, inside the erasure's transaction before it commits: an erasure whose
 * line cannot be written is refused, so none is made that a restore could undo unnoticed.
 */
@Component
class ErasureLedger {

    private static final Logger log = LoggerFactory.getLogger(ErasureLedger.class);

    /**
     * One erasure: {@code by} is the account that asked (none when a ledger begun from the store finds no account of
     * that name), {@code why} the audit line's ground, as the first erasure wrote it. A line with fields this version
     * does not know (written by a later one) is still read: the API refuses unknown fields, the ledger must not.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(Instant at, @Nullable String by, AuditKind kind, String why, boolean consentWithdrawn,
                 @Nullable String referenceHash, List<String> participants) {
    }

    private static final Set<StandardOpenOption> OPTIONS = Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE);

    private final Path file;
    private final Path mark;
    private final JsonMapper json;

    ErasureLedger(RetentionProperties retention, JsonMapper json) {
        this.file = retention.erasureLedger().toAbsolutePath().normalize();
        this.mark = file.resolveSibling(file.getFileName() + ".begun");
        this.json = json;
    }

    Path file() {
        return file;
    }

    /**
     * Appends the erasure and forces it to disk ({@link #append}): an erasure whose line this fails to write is not
     * made.
     */
    synchronized void record(Entry entry) {
        try {
            append(List.of(entry), false);
        }
        catch (IOException failed) {
            throw new UncheckedIOException("The erasure could not be written to the ledger of erasures at " + file
                    + ", so it was not made: a restore could otherwise bring the details back unnoticed", failed);
        }
    }

    /**
     * Whether the ledger holds the store's erasures from before it: {@link #begin} ran to the end, leaving its mark
     * beside the file. A ledger its first erasure made (at a start that could not write it, or in a version before
     * this) is not begun yet.
     */
    boolean begun() {
        return Files.isRegularFile(file) && Files.exists(mark);
    }

    /**
     * Begins the ledger with the erasures the store records: those of them it does not name yet are appended (all of
     * them to a new ledger, none again to one another instance began meanwhile), then it is marked begun. A start cut
     * short before the mark appends what is still missing next time. Returns how many were written.
     */
    synchronized int begin(List<Entry> fromStore) {
        try {
            int written = append(fromStore, true);
            try {
                Files.writeString(mark, "The ledger of erasures beside this file holds the erasures the store recorded "
                        + "when it was begun (" + Instant.now() + ").\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            catch (FileAlreadyExistsException markedMeanwhile) {
                // another instance began it too
            }
            return written;
        }
        catch (IOException failed) {
            throw new UncheckedIOException("Could not begin the ledger of erasures at " + file, failed);
        }
    }

    /**
     * Appends these entries (with {@code onlyMissing}, those whose participants the ledger does not all name yet) as
     * one write forced to disk, under a lock on the file, so instances sharing one ledger append one at a time. A line
     * a crash cut short is ended first, so these stay readable; a write that fails part-way is cut off again, so it
     * cannot spoil the next. Creates the ledger (readable by its owner alone) when there is none. Returns how many it
     * wrote.
     */
    private int append(List<Entry> entries, boolean onlyMissing) throws IOException {
        Files.createDirectories(file.getParent());
        try (var channel = FileChannel.open(file, OPTIONS, ownerOnly()); var locked = channel.lock()) {
            var named = onlyMissing ? entries().stream().flatMap(entry -> entry.participants().stream())
                    .collect(Collectors.toSet()) : Set.<String>of();
            var text = new StringBuilder();
            int count = 0;
            for (var entry : entries) {
                if (!onlyMissing || !named.containsAll(entry.participants())) {
                    text.append(json.writeValueAsString(entry)).append('\n');
                    count++;
                }
            }
            if (count == 0) {
                return 0;
            }
            long size = channel.size();
            var line = text.toString().getBytes(StandardCharsets.UTF_8);
            var buffer = ByteBuffer.allocate(line.length + 1);
            if (size > 0 && lastByte(channel, size) != '\n') {
                buffer.put((byte) '\n');
            }
            buffer.put(line).flip();
            try {
                for (long at = size; buffer.hasRemaining(); ) {
                    at += channel.write(buffer, at);
                }
                channel.force(true);
            }
            catch (IOException failed) {
                channel.truncate(size);
                throw failed;
            }
            return count;
        }
    }

    private static byte lastByte(FileChannel channel, long size) throws IOException {
        var last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0);
    }

    /** A new ledger is readable by the app's own user alone, as the backups beside it should be. */
    private static FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }

    /**
     * Every erasure recorded, oldest first; none when there is no ledger yet. A line that cannot be read (one cut
     * short by a crash while it was written: its erasure was then never committed) is passed over.
     */
    synchronized List<Entry> entries() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            var entries = new ArrayList<Entry>();
            for (var line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    entries.add(json.readValue(line, Entry.class));
                }
                catch (JacksonException unreadable) {
                    log.warn("Passed over a line of the ledger of erasures {} that cannot be read: {}", file,
                            unreadable.getOriginalMessage());
                }
            }
            return entries;
        }
        catch (IOException failed) {
            throw new UncheckedIOException("Could not read the ledger of erasures at " + file, failed);
        }
    }
}
