package org.triagedesk.reporting.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import org.triagedesk.reporting.InMemoryQueueWorkbook;
import org.triagedesk.reporting.QueueEntries;
import org.triagedesk.reporting.ReportPeriod;
import org.triagedesk.reporting.ReportRequest;
import org.triagedesk.reporting.TriageQueueWorkbook;
import org.triagedesk.reporting.model.QueueEntry;

/**
 * One benchmark case in this JVM: {@code <streaming|fastexcel|naive> <intakes> <output.xlsx>} (fastexcel writes
 * the Queue sheet only: the peer the streaming writer is measured against). Run each case in its own
 * JVM with a fixed -Xmx (bench/reporting.sh does) so heap peaks do not mix. Prints one line:
 * {@code RESULT writer intakes seconds peakAfterGcMiB poolPeakMiB fileMiB mainThreadCpuSeconds jvmCpuSeconds} or {@code RESULT writer intakes OOM
 * afterIntakes}.
 */
public final class ReportBenchmark {
  private ReportBenchmark() {}

  public static void main(String[] args) throws Exception {
    String writer = args[0];
    long intakes = Long.parseLong(args[1]);
    Path output = Path.of(args[2]);
    HeapWatch heap = new HeapWatch();
    ReportRequest request =
        new ReportRequest(
            ReportPeriod.day(QueueEntries.DAY), "Bern", false, QueueEntries.ZONE, QueueEntries.at(18, 0), "bench");
    CountingIterator entries = new CountingIterator(QueueEntries.generated(intakes, 42));
    long start = System.nanoTime();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
      if (writer.equals("streaming")) {
        new TriageQueueWorkbook().write(request, entries, out);
      } else if (writer.equals("naive")) {
        new InMemoryQueueWorkbook().write(request, entries, out);
      } else if (writer.equals("fastexcel")) {
        new FastexcelQueueSheet(request.zone()).write(entries, out);
      } else {
        throw new IllegalArgumentException("writer must be streaming, fastexcel or naive: " + writer);
      }
    } catch (OutOfMemoryError oom) {
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "RESULT %s %d OOM %d %.1f%n", writer, intakes, entries.served, seconds);
      return;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    // CPU seconds of the writing thread and of the whole JVM (GC and JIT included): on a shared, loaded machine
    // these vary far less than the elapsed time.
    double threadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
    double processCpu =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()
            / 1e9;
    System.out.printf(
        Locale.ROOT,
        "RESULT %s %d %.2f %.1f %.1f %.1f %.2f %.2f%n",
        writer,
        intakes,
        seconds,
        heap.peakAfterGc() / 1048576.0,
        heap.poolPeaks() / 1048576.0,
        Files.size(output) / 1048576.0,
        threadCpu,
        processCpu);
  }

  /** Counts entries handed out, to tell how far a writer got before running out of memory. */
  private static final class CountingIterator implements Iterator<QueueEntry> {
    private final Iterator<QueueEntry> delegate;
    private volatile long served;

    CountingIterator(Iterator<QueueEntry> delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean hasNext() {
      return delegate.hasNext();
    }

    @Override
    public QueueEntry next() {
      served++;
      return delegate.next();
    }
  }
}
