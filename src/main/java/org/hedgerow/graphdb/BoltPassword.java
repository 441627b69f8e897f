package org.hedgerow.graphdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The embedded DBMS's Bolt password, made once per store and kept in {@code bolt-password} beside it, readable by
 * its owner only.
 * <p>
 * Why not a fresh password at every start, as before: setting it is an {@code ALTER USER} on the system database,
 * the first Cypher the JVM compiles, and it cost 7.0 s of a cold 17.2 s DBMS start (measured; 1.4 s even warm).
 * Now a new store gets its password the way {@code neo4j-admin dbms set-initial-password} gives it, through
 * Neo4j's own command before the first start (no Cypher), and a restart only reads the file. A store made before
 * the file existed gets a password through {@code ALTER USER} once, and keeps it from then on.
 */
final class BoltPassword {

    private static final Logger log = LoggerFactory.getLogger(BoltPassword.class);
    static final String FILE = "bolt-password";

    private final Path file;
    private final String password;
    private final boolean needsSetting;

    private BoltPassword(Path file, String password, boolean needsSetting) {
        this.file = file;
        this.password = password;
        this.needsSetting = needsSetting;
    }

    /** Reads the store's password, or prepares one: before its first start for a new store. */
    static BoltPassword of(Path home) {
        var file = home.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return new BoltPassword(file, Files.readString(file).strip(), false);
            }
            String password = random();
            boolean newStore = !Files.exists(home.resolve("data").resolve("databases").resolve("system"));
            if (newStore) {
                Files.createDirectories(home);
                setInitialPassword(home, password);
                write(file, password);
            }
            return new BoltPassword(file, password, !newStore);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read or write the embedded Neo4j's Bolt password " + file, ex);
        }
    }

    /** Once the DBMS runs: gives an older store its password if it had none; returns the password. */
    String settle(DatabaseManagementService dbms) {
        if (needsSetting) {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
            try {
                write(file, password);
            }
            catch (IOException ex) {
                throw new UncheckedIOException("Cannot write the embedded Neo4j's Bolt password " + file, ex);
            }
            log.info("The store had no Bolt password of its own: gave it one, kept in {}", file);
        }
        return password;
    }

    private static void setInitialPassword(Path home, String password) {
        var context = new ExecutionContext(home, home.resolve("conf"));
        int exit = new CommandLine(new SetInitialPasswordCommand(context)).execute(password);
        if (exit != 0) {
            throw new IllegalStateException("Neo4j's set-initial-password refused (exit " + exit + ") for " + home);
        }
    }

    private static void write(Path file, String password) throws IOException {
        var tmp = file.resolveSibling(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        catch (UnsupportedOperationException notPosix) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, password);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * 24 random bytes in hex. Not base64: Neo4j's command reads its arguments as a command line, and one in 64
     * url-safe base64 strings starts with '-', which it took for an option and refused (exit 64), failing that first
     * start (seen once in CI).
     */
    static String random() {
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
