package org.triagedesk.reporting.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap of this JVM, two ways: the largest heap still in use right after a garbage collection (the live
 * set the writer really needs) and the sum of the heap pools' peak usage (what the JVM had to provide,
 * garbage included, bounded by -Xmx).
 */
final class HeapWatch {
  private final AtomicLong peakAfterGc = new AtomicLong();

  HeapWatch() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener(
          (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
              var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
              long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                  .filter(e -> isHeapPool(e.getKey()))
                  .mapToLong(e -> e.getValue().getUsed())
                  .sum();
              peakAfterGc.accumulateAndGet(used, Math::max);
            }
          },
          null,
          null);
    }
  }

  /** Collects once more so that the final live set counts too, then returns the peak after GC in bytes. */
  long peakAfterGc() {
    System.gc();
    sleepBriefly(); // notifications arrive on another thread
    long heapNow = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return Math.max(peakAfterGc.get(), heapNow);
  }

  long poolPeaks() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        MemoryUsage peak = pool.getPeakUsage();
        sum += peak.getUsed();
      }
    }
    return sum;
  }

  private static boolean isHeapPool(String name) {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getName().equals(name)) {
        return pool.getType() == MemoryType.HEAP;
      }
    }
    return false;
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
