/*
 * PlanGraph's Neo4j test server: Neo4j 5.26 Community in this JVM, the way Neo4j's own test harness
 * runs it. Bolt only (HTTP off), auth off, on the address given, data in a fresh folder under the
 * directory given. Run with Java's single-file source launcher, no build step:
 *
 *   java -Xmx1g -cp 'target/dependency/*' Launcher.java HOST PORT DATA_DIR
 *
 * It prints one line, "neo4j ready bolt://HOST:PORT", once Bolt accepts connections (scripts wait
 * for it), and shuts the database down cleanly on SIGTERM or Ctrl-C through a shutdown hook.
 */

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

public final class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java -cp 'target/dependency/*' Launcher.java HOST PORT DATA_DIR");
            System.exit(2);
        }
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        Path data = Path.of(args[2]).toAbsolutePath();
        Files.createDirectories(data);

        SocketAddress address = new SocketAddress(host, port);
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(data)
                .withDisabledServer()
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, address)
                .withConfig(BoltConnector.advertised_address, address)
                .build();

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
