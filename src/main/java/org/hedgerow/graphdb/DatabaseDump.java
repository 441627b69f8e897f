package org.hedgerow.graphdb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Consumer;

import org.neo4j.commandline.dbms.DumpCommand;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.database.Database;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Dumps the {@code neo4j} database of a running embedded DBMS with Neo4j's own {@code neo4j-admin database dump}.
 * <p>
 * Neo4j dumps only a stopped database (it holds the database's lock file while it runs), and Community refuses
 * {@code STOP DATABASE} ("Unsupported administration command"; the {@code DatabaseManagementService}'s
 * {@code shutdownDatabase} is that command). So this stops the kernel's own {@code Database} — what
 * {@code STOP DATABASE} does in Enterprise — just while its files (store and transaction logs) are copied aside,
 * leaving the DBMS, its Bolt server and the system database up; then starts it again and dumps the copy, laid out as a DBMS home of its own, with Neo4j's dump command while the app serves. Dumping in the
 * stop instead kept the national store (100k activities, 1M referrals) stopped 27.7 s, as the dump compresses
 * 2.6 GB; the copy is a few seconds. It needs the store's size again on disk, for the length of the dump. Clients
 * asking during the stop get Neo4j's transient "database unavailable", which the app answers as 503 Busy.
 */
final class DatabaseDump {

    private static final Logger log = LoggerFactory.getLogger(DatabaseDump.class);
    static final String DATABASE = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;

    private DatabaseDump() {
    }

    /**
     * Writes the dump to {@code file} (replacing nothing: the file must not exist); returns the time stopped.
     *
     * @param around runs the stop-and-copy it is given, e.g. with the app's requests held off meanwhile
     */
    static Duration write(DatabaseManagementService dbms, Path home, Path file, Consumer<Runnable> around)
            throws IOException {
        if (Files.exists(file)) {
            throw new IOException("A backup named " + file + " is there already");
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // Into a directory of its own beside the target, then moved: a half-written dump never looks like a backup.
        Path work = Files.createTempDirectory(parent, ".taking-");
        try {
            var database = ((GraphDatabaseAPI) dbms.database(DATABASE)).getDependencyResolver()
                    .resolveDependency(Database.class);
            var layout = database.getDatabaseLayout();
            // A DBMS home of its own for the copy, laid out as Neo4j's defaults expect, for Neo4j's dump to read.
            Path staged = work.resolve("home");
            var paused = new Duration[1];
            around.accept(() -> {
                long stopped = System.nanoTime();
                database.stop();
                try {
                    copy(layout.databaseDirectory(), staged.resolve("data/databases").resolve(DATABASE));
                    copy(layout.getTransactionLogsDirectory(), staged.resolve("data/transactions").resolve(DATABASE));
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                finally {
                    database.start();
                    paused[0] = Duration.ofNanos(System.nanoTime() - stopped);
                }
            });
            if (paused[0] == null) {
                throw new IllegalStateException("The database was never stopped for the backup");
            }
            var outcome = NeoAdmin.run(staged, DumpCommand::new, InputStream.nullInputStream(), DATABASE,
                    "--to-path=" + work);
            if (outcome.exit() != 0) {
                throw new IOException("Neo4j's dump failed (exit " + outcome.exit() + "): " + outcome.output().strip());
            }
            Files.move(work.resolve(DATABASE + ".dump"), file, StandardCopyOption.ATOMIC_MOVE);
            log.info("Dumped database '{}' to {} ({} bytes); it was stopped for {} ms", DATABASE, file,
                    Files.size(file), paused[0].toMillis());
            return paused[0];
        }
        finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /** A plain file copy: the database is stopped, so its files hold still and are whole. */
    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
