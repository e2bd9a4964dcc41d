import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community in this JVM with Bolt on a free loopback port, for
 * sovgraph's embedded default (src/graph/local/startLocalNeo4j.ts starts it).
 *
 * Usage: java -cp CLASSPATH Launcher.java STORE_DIR STATE_FILE [--watch-stdin]
 *
 * Prints one line "READY bolt://127.0.0.1:PORT" once Bolt accepts connections,
 * and writes {"pid":..,"port":..} to STATE_FILE so other sovgraph commands can
 * find this server. With --watch-stdin it shuts down when stdin closes, so the
 * database never outlives the Node process that started it (even on kill -9).
 */
public final class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Launcher STORE_DIR STATE_FILE [--watch-stdin]");
      System.exit(2);
    }
    Path storeDir = Path.of(args[0]).toAbsolutePath();
    Path stateFile = Path.of(args[1]).toAbsolutePath();
    boolean watchStdin = args.length > 2 && args[2].equals("--watch-stdin");
    String pageCache = System.getProperty("sovgraph.pagecache", "128m");
    // -Dsovgraph.port pins the Bolt port (so clients reconnect after a restart); 0 picks a free one.
    int port = Integer.getInteger("sovgraph.port", 0);
    if (port == 0) port = freeLoopbackPort();

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(storeDir)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        // Loopback only and owned by one user: auth would only add a secret to manage.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
        // Transaction timeouts are enforced at this interval (default 2 s): check
        // often so a request's timeout ends it close to when it should.
        .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
        .build();

    Runnable stop = () -> {
      try {
        Files.deleteIfExists(stateFile);
      } catch (IOException ignored) {
        // A stale state file is detected by its dead pid on the next start.
      }
      dbms.shutdown();
    };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "sovgraph-neo4j-shutdown"));

    // Force the default database to be up before we say READY.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    writeState(stateFile, ProcessHandle.current().pid(), port);
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();

    if (watchStdin) {
      InputStream in = System.in;
      byte[] buf = new byte[256];
      while (in.read(buf) >= 0) {
        // Drain: the parent only closes the pipe (or dies), it never writes.
      }
      System.exit(0); // runs the shutdown hook
    } else {
      Thread.currentThread().join();
    }
  }

  private static int freeLoopbackPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  // Written via a temp file + atomic move so a reader never sees half a file.
  private static void writeState(Path stateFile, long pid, int port) throws IOException {
    Path tmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
    String json = "{\"pid\":" + pid + ",\"port\":" + port + "}\n";
    Files.writeString(tmp, json, StandardCharsets.UTF_8);
    Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
