package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.notion.api.NotionBlock;
import io.wiredchaos.notionwix.remote.RemoteApiException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import tools.jackson.databind.JsonNode;

/**
 * Reads a page body as a tree (notion.md §5.1, §5.3): {@code GET /v1/blocks/{id}/children} paged by 100, one call
 * per container. Containers are read concurrently on virtual threads, so a long page costs about its depth in
 * round trips rather than its number of containers; the shared rate budget still paces every request, and at most
 * {@code concurrency} requests are in flight. Children keep Notion's order.
 *
 * <ul>
 *   <li>{@code child_page} and {@code child_database} are links to other objects, never descended.
 *   <li>A synced duplicate ({@code synced_from.block_id}) takes the original's children; an original already on
 *       the path is a cycle and yields no children; an original not shared with the integration (404/403) leaves
 *       the block empty so the converter can show a fallback.
 *   <li>Unknown block types are kept with their payload as sent.
 * </ul>
 */
final class BlockTreeReader {

  static final int DEFAULT_CONCURRENCY = 8;
  private static final Set<String> LINKS = Set.of("child_page", "child_database");

  private final NotionHttp http;
  private final Semaphore inFlight;

  BlockTreeReader(NotionHttp http, int concurrency) {
    this.http = http;
    this.inFlight = new Semaphore(concurrency);
  }

  List<NotionBlock> read(String pageId) {
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    try {
      return children(pageId, Set.of(pageId), executor);
    } catch (RuntimeException e) {
      executor.shutdownNow(); // stop sibling fetches: the body is failed as a whole
      throw e;
    } finally {
      executor.close();
    }
  }

  private List<NotionBlock> children(String parentId, Set<String> ancestors, ExecutorService executor) {
    List<JsonNode> raw = list(parentId);
    List<Future<NotionBlock>> blocks = new ArrayList<>(raw.size());
    for (JsonNode node : raw) {
      String source = childrenSource(node);
      if (source == null) {
        blocks.add(CompletableFuture.completedFuture(NotionJson.block(node, List.of())));
      } else if (ancestors.contains(source)) {
        blocks.add(CompletableFuture.completedFuture(NotionJson.block(node, List.of()))); // synced-block cycle
      } else {
        Set<String> path = new HashSet<>(ancestors);
        path.add(source);
        boolean synced = !source.equals(NotionJson.text(node, "id"));
        blocks.add(executor.submit(() -> NotionJson.block(node, descend(source, synced, Set.copyOf(path), executor))));
      }
    }
    List<NotionBlock> result = new ArrayList<>(blocks.size());
    for (Future<NotionBlock> block : blocks) {
      result.add(join(block));
    }
    return result;
  }

  private List<NotionBlock> descend(String source, boolean synced, Set<String> path, ExecutorService executor) {
    try {
      return children(source, path, executor);
    } catch (RemoteApiException.NotFound | RemoteApiException.Unauthorized e) {
      if (synced) {
        return List.of(); // the original is not shared with the integration (notion.md §5.1)
      }
      throw e;
    }
  }

  /** Whose children this block shows: itself, the synced original, or nobody (null). */
  private static String childrenSource(JsonNode node) {
    String type = NotionJson.text(node, "type");
    if ("synced_block".equals(type)) {
      String original = NotionJson.text(node.path("synced_block").path("synced_from"), "block_id");
      if (original != null) {
        return original;
      }
    }
    boolean hasChildren = node.path("has_children").asBoolean(false);
    return hasChildren && !LINKS.contains(type) ? NotionJson.text(node, "id") : null;
  }

  /** All direct children of one block, every page of them. */
  private List<JsonNode> list(String blockId) {
    List<JsonNode> children = new ArrayList<>();
    Subject subject = Subject.item("block " + blockId);
    String cursor = null;
    do {
      Map<String, List<String>> query = NotionHttp.pageQuery(cursor);
      JsonNode response = limited(() -> http.get("read block children", subject,
          "/v1/blocks/" + blockId + "/children", query));
      response.path("results").forEach(children::add);
      cursor = response.path("has_more").asBoolean(false) ? NotionJson.text(response, "next_cursor") : null;
    } while (cursor != null);
    return children;
  }

  private JsonNode limited(java.util.function.Supplier<JsonNode> request) {
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RemoteApiException.Interrupted(e);
    }
    try {
      return request.get();
    } finally {
      inFlight.release();
    }
  }

  private static NotionBlock join(Future<NotionBlock> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RemoteApiException.Interrupted(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
