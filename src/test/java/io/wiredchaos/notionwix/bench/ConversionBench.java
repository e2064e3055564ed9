package io.wiredchaos.notionwix.bench;

import io.wiredchaos.notionwix.mapping.DefaultMapping;
import io.wiredchaos.notionwix.mapping.FieldMapping;
import io.wiredchaos.notionwix.mapping.MappedItem;
import io.wiredchaos.notionwix.mapping.MappingContext;
import io.wiredchaos.notionwix.mapping.NotionJson;
import io.wiredchaos.notionwix.mapping.PageMapper;
import io.wiredchaos.notionwix.mapping.content.BodyConverter;
import io.wiredchaos.notionwix.notion.api.NotionBlock;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;

/**
 * Conversion throughput (docs/benchmarks.md, "Conversion"). Single-threaded, so it measures one core:
 * <ol>
 *   <li>a 1,000-block page (mixed types, nesting, annotations) through {@link BodyConverter} and through the
 *       whole {@link PageMapper} (properties, body, HTML-free default mapping, sync hash);</li>
 *   <li>10,000 small pages (properties of the reference page + 25 blocks each) generated and mapped one at a
 *       time, as the sync streams them; run with {@code -Xmx64m} to check the heap bound.</li>
 * </ol>
 * Each figure is given in wall time and in this thread's CPU time (garbage collection runs in other threads
 * and is in the wall time only).
 * Command: see docs/benchmarks.md.
 */
public final class ConversionBench {

  private ConversionBench() {}

  /** CPU time of this thread: on a shared machine it leaves out the time other processes hold the core. */
  private static long cpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /** Bytes this thread allocated so far (what the garbage collector, outside the thread CPU time, must clear). */
  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }

  public static void main(String[] args) {
    FieldMapping mapping = DefaultMapping.of(NotionJson.referenceDataSource(), "NotionPages");
    MappingContext ctx = new MappingContext(mapping, id -> Optional.of("/post/" + id), null, null);
    NotionPage page = NotionJson.referencePages().getFirst();
    PageMapper mapper = new PageMapper();
    BodyConverter converter = new BodyConverter();

    List<NotionBlock> big = SyntheticBlocks.page(1_000, 1);
    int bigCount = SyntheticBlocks.count(big);
    for (int i = 0; i < 30; i++) {
      converter.convert(page.id(), big, ctx.pageUrls());
    }
    int rounds = 200;
    long start = System.nanoTime();
    long cpuStart = cpu();
    for (int i = 0; i < rounds; i++) {
      converter.convert(page.id(), big, ctx.pageUrls());
    }
    double bodySeconds = (System.nanoTime() - start) / 1e9;
    double bodyCpu = (cpu() - cpuStart) / 1e9;
    for (int i = 0; i < 30; i++) {
      mapper.map(page, big, ctx);
    }
    start = System.nanoTime();
    cpuStart = cpu();
    for (int i = 0; i < rounds; i++) {
      mapper.map(page, big, ctx);
    }
    double mapSeconds = (System.nanoTime() - start) / 1e9;
    double mapCpu = (cpu() - cpuStart) / 1e9;
    System.out.printf("1,000-block page (%d blocks incl. children), wall [thread CPU]:%n"
        + "  body -> Ricos %.2f ms/page, %,.0f blocks/s [%.2f ms, %,.0f blocks/s]%n"
        + "  full PageMapper.map %.2f ms/page, %,.0f blocks/s [%.2f ms, %,.0f blocks/s]%n", bigCount,
        bodySeconds * 1000 / rounds, bigCount * rounds / bodySeconds, bodyCpu * 1000 / rounds,
        bigCount * rounds / bodyCpu, mapSeconds * 1000 / rounds, bigCount * rounds / mapSeconds,
        mapCpu * 1000 / rounds, bigCount * rounds / mapCpu);

    int pages = 10_000;
    long blocks = 0;
    long hashBytes = 0;
    long maxUsed = 0;
    long mapNanos = 0;
    long mapCpuNanos = 0;
    long mapAllocated = 0;
    start = System.nanoTime();
    for (int i = 0; i < pages; i++) {
      List<NotionBlock> body = SyntheticBlocks.page(25, i + 2);
      blocks += SyntheticBlocks.count(body);
      long mapStart = System.nanoTime();
      long mapAllocatedStart = allocated();
      long mapCpuStart = cpu();
      MappedItem item = mapper.map(page, body, ctx);
      mapCpuNanos += cpu() - mapCpuStart;
      mapAllocated += allocated() - mapAllocatedStart;
      mapNanos += System.nanoTime() - mapStart;
      hashBytes += item.syncHash().length();
      if (i % 100 == 0) {
        maxUsed = Math.max(maxUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
      }
    }
    double streamSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("10,000 small pages streamed: %.2f s, %,.0f pages/s, %,.0f blocks/s (%d hash chars)%n"
        + "  of which PageMapper.map: %.2f s, %,.0f blocks/s [thread CPU %.2f s, %,.0f blocks/s],"
        + " %,d bytes allocated per page%n",
        streamSeconds, pages / streamSeconds, blocks / streamSeconds, hashBytes, mapNanos / 1e9,
        blocks / (mapNanos / 1e9), mapCpuNanos / 1e9, blocks / (mapCpuNanos / 1e9), mapAllocated / pages);
    System.out.printf("max heap (-Xmx) %d MB, highest used heap sampled every 100 pages %d MB%n",
        Runtime.getRuntime().maxMemory() / (1024 * 1024), maxUsed / (1024 * 1024));
  }
}
