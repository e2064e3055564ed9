package io.wiredchaos.notionwix.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchFilesTest {

  @Test
  void peakHeapIsTheHighestOccupancyBeforeAnyCollectionOrAtExit(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("gc.log");
    Files.writeString(log, """
        [0.412s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 2.345ms
        [9.101s][info][gc] GC(7) Pause Young (Mixed) (G1 Evacuation Pause) 130M->54M(158M) 30.1ms
        [9.900s][info][gc] GC(8) Pause Full (System.gc()) 2048K->1024K(158M) 1.0ms
        [12.0s][info][gc,heap,exit]  garbage-first heap   total reserved 262144K, committed 161792K, used 92160K
        """);

    assertThat(ProductProcess.peakHeapMib(log)).isEqualTo(130.0);
  }

  @Test
  void atExitCountsWhenNoCollectionSawMore(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("gc.log");
    Files.writeString(log, "[12.0s][info][gc,heap,exit]  garbage-first heap   total reserved 262144K, committed "
        + "161792K, used 92160K\n");

    assertThat(ProductProcess.peakHeapMib(log)).isEqualTo(90.0);
  }

  @Test
  void allReplacesOnlyTheMarkedPartOfTheDocs(@TempDir Path dir) throws Exception {
    Path docs = dir.resolve("benchmarks.md");
    Files.writeString(docs, "# Benchmarks\n\nbefore\n\n" + ResultFiles.BEGIN + "\nold table\n" + ResultFiles.END
        + "\n\n## Conversion\n\nkept\n");

    ResultFiles.updateDocs(docs, "notion-wix bench all", "| scenario |\n|---|\n| storm |\n", 23.4);

    String text = Files.readString(docs);
    assertThat(text).startsWith("# Benchmarks\n\nbefore\n\n" + ResultFiles.BEGIN)
        .contains("`./notion-wix bench all`", "23.4 min in all", "| storm |")
        .doesNotContain("old table").endsWith(ResultFiles.END + "\n\n## Conversion\n\nkept\n");
  }
}
