package org.hedgerow.graphdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neo4j.commandline.dbms.LoadCommand;

/**
 * Puts a backup (a Neo4j dump) into an embedded store's data directory, offline, with Neo4j's own
 * {@code neo4j-admin database load --overwrite-destination}: the store's {@code neo4j} database becomes exactly the
 * dumped one; the system database (the Bolt password, kept beside the store) is left as it is. Refused while a DBMS
 * runs on the store. It leaves a note in the store saying which backup was restored, by whom and when, which the
 * app turns into an audit line when it next starts on the store ({@link EmbeddedNeo4j#takeRestoreNote()}).
 */
public final class StoreRestore {

    static final String NOTE = "restored-from";

    /** Which backup was put into the store, by whom (the operating-system user who ran the command), and when. */
    public record RestoreNote(String backup, String by, Instant at) {
    }

    private StoreRestore() {
    }

    /**
     * Replaces the {@code neo4j} database of the store at {@code dataDir} (created if need be) with the one in
     * {@code dump}.
     *
     * @throws StoreInUseException when a DBMS (this app, another Hedgerow, a Neo4j) runs on the store
     */
    public static void restore(Path dump, Path dataDir) {
        Path home = dataDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(dump)) {
            throw new IllegalArgumentException("There is no backup file at " + dump.toAbsolutePath());
        }
        try (var in = Files.newInputStream(dump)) {
            Files.createDirectories(home);
            var outcome = NeoAdmin.run(home, LoadCommand::new, in, DatabaseDump.DATABASE, "--from-stdin",
                    "--overwrite-destination=true");
            if (outcome.inUse()) {
                throw new StoreInUseException(home, new IllegalStateException(outcome.output().strip()));
            }
            if (outcome.exit() != 0) {
                throw new IllegalStateException("Neo4j's load of " + dump + " into " + home + " failed (exit "
                        + outcome.exit() + "): " + outcome.output().strip());
            }
            Files.writeString(home.resolve(NOTE), String.join("\t", dump.getFileName().toString(),
                    System.getProperty("user.name", "unknown"), Instant.now().toString()));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not restore " + dump + " into " + home, ex);
        }
    }

    /** Reads and removes the store's restore note, if a restore left one. */
    static Optional<RestoreNote> takeNote(Path home) {
        Path note = home.resolve(NOTE);
        try {
            if (!Files.exists(note)) {
                return Optional.empty();
            }
            String[] parts = Files.readString(note).strip().split("\t");
            Files.delete(note);
            return Optional.ofNullable(parse(parts));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read the restore note " + note, ex);
        }
    }

    private static @Nullable RestoreNote parse(String[] parts) {
        if (parts.length != 3) {
            return null;
        }
        try {
            return new RestoreNote(parts[0], parts[1], Instant.parse(parts[2]));
        }
        catch (java.time.format.DateTimeParseException ex) {
            return null;
        }
    }
}
