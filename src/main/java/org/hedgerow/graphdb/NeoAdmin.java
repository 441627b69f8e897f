package org.hedgerow.graphdb;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * Runs one of Neo4j's own {@code neo4j-admin} commands (dump, load) in this JVM on a DBMS home, as the shell
 * command would, and keeps what it printed so a failure can say why.
 */
final class NeoAdmin {

    /** What the command said; {@code exit} 0 is success. */
    record Outcome(int exit, String output) {
        boolean inUse() {
            return output.contains("is in use") || output.contains("Unable to obtain lock");
        }
    }

    private NeoAdmin() {
    }

    interface Command {
        Object create(ExecutionContext context);
    }

    static Outcome run(Path home, Command command, InputStream in, String... args) {
        var printed = new ByteArrayOutputStream();
        try (var out = new PrintStream(printed, true, StandardCharsets.UTF_8);
             var fs = new DefaultFileSystemAbstraction()) {
            var context = new ExecutionContext(home, home.resolve("conf"), out, out, in, fs);
            int exit = new CommandLine(command.create(context)).execute(args);
            return new Outcome(exit, printed.toString(StandardCharsets.UTF_8));
        }
    }
}
