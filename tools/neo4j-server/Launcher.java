/*
 * PlanGraph's Neo4j test server: Neo4j 5.26 Community in this JVM, the way Neo4j's own test harness
 * runs it. Bolt only (HTTP off), auth off (unless --auth), on the address given, data in a fresh folder under the
 * directory given. Run with Java's single-file source launcher, no build step:
 *
 *   java -Xmx1g -cp 'target/dependency/*' Launcher.java HOST PORT DATA_DIR [--keep-data] [--auth]
 *
 * --keep-data puts the databases in DATA_DIR/kept instead of the harness's throw-away folder, so a
 * server stopped and started again on the same DATA_DIR finds its graph (the fault tests stop Neo4j
 * under a running API and bring it back). --auth turns authentication on: user neo4j, password
 * neo4j, which must be changed before the first query (ALTER CURRENT USER on the system database),
 * so the tests can meet a wrong password for real.
 *
 * It prints one line, "neo4j ready bolt://HOST:PORT", once Bolt accepts connections (scripts wait
 * for it), and shuts the database down cleanly on SIGTERM or Ctrl-C through a shutdown hook.
 */

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

public final class Launcher {
    public static void main(String[] args) throws Exception {
        List<String> flags = args.length > 3 ? List.of(args).subList(3, args.length) : List.of();
        if (args.length < 3 || !List.of("--keep-data", "--auth").containsAll(flags)) {
            System.err.println(
                    "usage: java -cp 'target/dependency/*' Launcher.java HOST PORT DATA_DIR [--keep-data] [--auth]");
            System.exit(2);
        }
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        Path data = Path.of(args[2]).toAbsolutePath();
        Files.createDirectories(data);

        SocketAddress address = new SocketAddress(host, port);
        Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder(data)
                .withDisabledServer()
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, address)
                .withConfig(BoltConnector.advertised_address, address);
        if (flags.contains("--keep-data")) {
            // outside the md5-named folder the harness deletes on close
            builder = builder.withConfig(GraphDatabaseSettings.data_directory, data.resolve("kept"));
        }
        if (flags.contains("--auth")) {
            builder = builder.withConfig(GraphDatabaseSettings.auth_enabled, true);
        }
        Neo4j neo4j = builder.build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            neo4j.close();
            System.out.println("neo4j stopped");
            System.out.flush();
            stopped.countDown();
        }, "neo4j-shutdown"));

        System.out.println("neo4j ready bolt://" + host + ":" + neo4j.boltURI().getPort());
        System.out.flush();
        stopped.await();
    }
}
