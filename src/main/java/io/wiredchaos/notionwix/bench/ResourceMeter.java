package io.wiredchaos.notionwix.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * This JVM's resources over one measured interval: peak heap (the highest heap occupancy seen before any garbage
 * collection, or sampled now), peak resident memory ({@code VmHWM}, reset at the start where the kernel allows), and
 * process CPU time. The sandbox shares the JVM, so its data and threads are included (docs/benchmarks.md).
 */
final class ResourceMeter implements AutoCloseable {

  record Usage(long peakHeapBytes, long peakRssBytes, boolean rssReset, long cpuMillis) {}

  private final AtomicLong peakHeap = new AtomicLong();
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(p -> p.getName()).collect(Collectors.toSet());
  private final NotificationListener listener = (notification, handback) -> {
    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
      long before = info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
          .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
      peakHeap.accumulateAndGet(before, Math::max);
    }
  };
  private final long cpuAtStart;
  private final boolean rssReset;

  ResourceMeter() {
    ManagementFactory.getGarbageCollectorMXBeans().forEach(gc -> ((NotificationEmitter) gc)
        .addNotificationListener(listener, null, null));
    rssReset = resetPeakRss();
    cpuAtStart = cpuNanos();
    sampleHeap();
  }

  /** Heap in use now, after a full collection: what the JVM retains (the sandbox's data, mostly). */
  static long retainedHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  Usage usage() {
    sampleHeap();
    return new Usage(peakHeap.get(), status("VmHWM"), rssReset, (cpuNanos() - cpuAtStart) / 1_000_000);
  }

  private void sampleHeap() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    peakHeap.accumulateAndGet(heap.getUsed(), Math::max);
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Writing 5 to clear_refs resets the peak resident set size (Linux 4.0+). */
  private static boolean resetPeakRss() {
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** A {@code kB} field of {@code /proc/self/status} in bytes, or -1 where there is none. */
  static long status(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  @Override
  public void close() {
    ManagementFactory.getGarbageCollectorMXBeans().forEach(gc -> {
      try {
        ((NotificationEmitter) gc).removeNotificationListener(listener);
      } catch (javax.management.ListenerNotFoundException ignored) {
        // not registered on this collector
      }
    });
  }
}
