package org.hedgerow.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.hedgerow.core.ApiPause;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.graphdb.EmbeddedNeo4j;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The backups directory: takes a backup (Neo4j's dump of the embedded store, the API held still meanwhile), lists
 * and deletes them, and keeps the newest {@code hedgerow.backup.keep}. One backup at a time.
 */
@Component
class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME =
            Pattern.compile("hedgerow-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.\\d{3}Z)\\.dump");

    private final ObjectProvider<EmbeddedNeo4j> store;
    private final BackupProperties settings;
    private final ApiPause pause;
    private final Clock clock;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    Backups(ObjectProvider<EmbeddedNeo4j> store, BackupProperties settings, ApiPause pause, Clock clock) {
        this.store = store; // asked for when needed: the embedded DBMS may still be starting
        this.settings = settings;
        this.pause = pause;
        this.clock = clock;
    }

    /** Whether backups are taken here: only of the embedded store. */
    boolean available() {
        return store.getIfAvailable() != null;
    }

    /** The generations, newest first. */
    List<Backup> list() {
        Path dir = settings.dir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Backups::backupAt).flatMap(Stream::ofNullable)
                    .sorted(Comparator.comparing(Backup::takenAt).reversed()).toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list the backups in " + dir.toAbsolutePath(), ex);
        }
    }

    /**
     * Takes a backup now: waits for the API to fall still, stops the database while its files are copied aside,
     * starts it again and lets requests in, has Neo4j dump the copy, then deletes the generations beyond
     * {@code keep}.
     *
     * @throws ApiPause.NotStill when requests were still at work after {@code hedgerow.backup.drain}
     */
    TakenBackup take() {
        EmbeddedNeo4j embedded = requireEmbedded();
        oneAtATime.lock();
        try {
            long started = System.nanoTime();
            Instant at = clock.instant();
            String name = "hedgerow-" + STAMP.format(at) + ".dump";
            Path file = settings.dir().resolve(name);
            Duration paused = dump(embedded, file);
            long took = (System.nanoTime() - started) / 1_000_000;
            var pruned = prune();
            long size = size(file);
            log.info("Backup {} taken: {} bytes in {} ms, database stopped {} ms; pruned {}", name, size, took,
                    paused.toMillis(), pruned);
            return new TakenBackup(name, at, size, took, paused.toMillis(), pruned);
        }
        finally {
            oneAtATime.unlock();
        }
    }

    /** Deletes one backup by name. */
    void delete(String name) {
        requireEmbedded();
        Path file = fileOf(name);
        try {
            if (!Files.deleteIfExists(file)) {
                throw new NotFoundException("There is no backup " + name + ".");
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot delete the backup " + file.toAbsolutePath(), ex);
        }
    }

    /** The file of a backup; names that are not a backup's (a path, say) are simply not found. */
    private Path fileOf(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new NotFoundException("There is no backup " + name + ".");
        }
        return settings.dir().resolve(name);
    }

    private List<String> prune() {
        var all = list();
        var pruned = new ArrayList<String>();
        for (Backup old : all.subList(Math.min(settings.keep(), all.size()), all.size())) {
            try {
                Files.deleteIfExists(settings.dir().resolve(old.name()));
                pruned.add(old.name());
            }
            catch (IOException ex) {
                log.warn("Could not delete the old backup {}: {}", old.name(), ex.toString());
            }
        }
        return pruned;
    }

    private EmbeddedNeo4j requireEmbedded() {
        var embedded = store.getIfAvailable();
        if (embedded == null) {
            throw new ExternalNeo4jBackups();
        }
        return embedded;
    }

    /** Holds the API still only while the database is stopped and its files copied, not for the dump itself. */
    private Duration dump(EmbeddedNeo4j embedded, Path file) {
        try {
            return embedded.dumpDatabase(file, stopAndCopy -> pause.whileStill(settings.drain(), () -> {
                stopAndCopy.run();
                return null;
            }));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("The backup " + file.toAbsolutePath() + " failed", ex);
        }
    }

    private static @Nullable Backup backupAt(Path file) {
        var name = NAME.matcher(file.getFileName().toString());
        if (!name.matches() || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return new Backup(file.getFileName().toString(), Instant.from(STAMP.parse(name.group(1))), size(file));
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the size of " + file.toAbsolutePath(), ex);
        }
    }
}
