package org.triagedesk.launcher;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar triage-desk.jar [Payara Micro options]}: starts Payara Micro from the directory the build
 * prepared beside this jar ({@code triage-desk/}), with the JVM options a plain {@code java -jar} cannot carry.
 *
 * <p>Why a second JVM: the class-data archive that halves Payara's boot ({@code -XX:SharedArchiveFile}) and a
 * bounded heap are JVM options, and a jar's manifest cannot set JVM options. This JVM only starts the server's,
 * passes it the console and every argument, stops it when it is stopped itself, and exits with its exit code.
 *
 * <p>{@code TRIAGE_JAVA_OPTIONS} (space-separated) is added after the defaults, so {@code -Xmx1g} there wins.
 */
public final class TriageDeskLauncher {

  /** Enough for the queue, the API under load and a streamed report; keeps the idle server under 600 MB. */
  static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx384m");

  /** A clinic server never joins other Payara instances it finds on the network: no Hazelcast at all. */
  static final List<String> PAYARA_OPTIONS = List.of("--nohazelcast", "--disablephonehome");

  private TriageDeskLauncher() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path home = home();
    Path launcher = home.resolve("launch-micro.jar");
    if (!Files.isRegularFile(launcher)) {
      System.err.println("No Payara Micro runtime at " + home + ": build with mvn -B -q package -DskipTests");
      System.exit(2);
    }
    // Payara Micro keeps its instance files (configuration, lock, deployed application) in this directory: two
    // servers started from it at once break each other, so the second one is refused with a way out.
    FileChannel lockFile =
        FileChannel.open(home.resolve(".server-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock running = lockFile.tryLock();
    if (running == null) {
      System.err.println("A server is already running from " + home + ". To run a second one, copy"
          + " triage-desk.jar and the triage-desk directory beside it to another place and start that copy.");
      System.exit(2);
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(DEFAULT_JVM_OPTIONS);
    // An archive works only on the very JVM build that made it (the JVM would refuse it with a warning).
    // Java 25's AOT cache (docs/benchmarks/startup-and-load.md, made by hand) wins over the build's archive.
    Path aotCache = home.resolve("triage-desk.aot");
    Path archive = home.resolve("triage-desk.jsa");
    if (madeByThisJvm(aotCache)) {
      command.add("-XX:AOTCache=" + aotCache);
    } else if (madeByThisJvm(archive)) {
      command.add("-XX:SharedArchiveFile=" + archive);
    }
    String extra = System.getenv("TRIAGE_JAVA_OPTIONS");
    if (extra != null && !extra.isBlank()) {
      command.addAll(Arrays.asList(extra.trim().split("\\s+")));
    }
    command.add("-jar");
    command.add(launcher.toString());
    // A pristine configuration at every start: Payara Micro otherwise remembers the applications of its last
    // run in its root directory and would deploy this one twice.
    command.add("--domainconfig");
    command.add(home.resolve("domain.xml").toString());
    command.add("--deploy");
    command.add(home.resolve("ROOT").toString());
    command.addAll(PAYARA_OPTIONS);
    command.addAll(Arrays.asList(args));

    Process server = new ProcessBuilder(command).inheritIO().start();
    Thread stop =
        new Thread(
            () -> {
              server.destroy();
              try {
                server.waitFor();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    Runtime.getRuntime().addShutdownHook(stop);
    int exit = server.waitFor();
    try {
      Runtime.getRuntime().removeShutdownHook(stop);
    } catch (IllegalStateException shuttingDown) {
      // This JVM was stopped and its hook stopped the server: nothing left to undo.
    }
    // Released only now: an unreachable channel would be closed by its cleaner, and the lock with it.
    running.release();
    lockFile.close();
    System.exit(exit);
  }

  /** {@code triage-desk/} beside this jar. */
  private static Path home() {
    try {
      File jar = new File(TriageDeskLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return jar.toPath().toAbsolutePath().getParent().resolve("triage-desk");
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate triage-desk.jar", e);
    }
  }

  /** The archive exists and its {@code .java-version} file names this JVM's build. */
  private static boolean madeByThisJvm(Path archive) throws IOException {
    Path version = archive.resolveSibling(archive.getFileName() + ".java-version");
    return Files.isRegularFile(archive)
        && Files.isRegularFile(version)
        && Files.readString(version).trim().equals(System.getProperty("java.runtime.version"));
  }
}
