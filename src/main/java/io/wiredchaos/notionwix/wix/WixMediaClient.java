package io.wiredchaos.notionwix.wix;

import io.wiredchaos.notionwix.config.WixSettings;
import io.wiredchaos.notionwix.remote.Api;
import io.wiredchaos.notionwix.remote.ErrorDetail;
import io.wiredchaos.notionwix.remote.FailureKind;
import io.wiredchaos.notionwix.remote.Redaction;
import io.wiredchaos.notionwix.remote.RemoteApiException;
import io.wiredchaos.notionwix.remote.RemoteCall;
import io.wiredchaos.notionwix.wix.api.WixFile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Wix Media Manager client (wix.md §6): import by URL, read a file, wait until it is READY, and find files imported
 * earlier. Import is asynchronous and not idempotent (every call creates a file, wix.md §6.3), so it is never
 * repeated after an ambiguous failure, and callers keep their own source → file mapping.
 *
 * <p>Construct it from the same {@link RemoteCall} as the {@link WixClient}: the site has one budget.
 */
public class WixMediaClient {

  /** Label put on every file we import, so they can be told apart in the Media Manager. */
  public static final String LABEL = "notion-sync";

  static final Duration FIRST_POLL = Duration.ofMillis(500);
  static final Duration MAX_POLL = Duration.ofSeconds(10);
  private static final String FILES = "/site-media/v1/files";
  private static final int PAGE = 100;

  private final WixHttp http;

  public WixMediaClient(WixSettings settings, RestClient rest, RemoteCall call) {
    Redaction.register(settings.apiKey());
    this.http = new WixHttp(settings.baseUrl(), settings.apiKey(), settings.siteId(), rest, call, new JsonMapper());
  }

  /**
   * {@code POST /site-media/v1/files/import}: Wix fetches {@code url} itself, so it must be public (a Notion file URL
   * is, for an hour). Returns the descriptor, normally PENDING.
   *
   * @param mimeType lets Wix know the type without a HEAD request (wix.md §6.1); may be null
   * @param parentFolderId target folder, or null for the root
   */
  public WixFile importFile(String url, String displayName, String mimeType, String parentFolderId) {
    ObjectNode body = http.json().createObjectNode().put("url", url).put("displayName", displayName);
    if (mimeType != null) {
      body.put("mimeType", mimeType);
    }
    if (parentFolderId != null) {
      body.put("parentFolderId", parentFolderId);
    }
    body.putArray("labels").add(LABEL);
    JsonNode response = http.post("import media file", WixSubject.item("media import of " + displayName), false,
        FILES + "/import", body);
    return file(response.path("file"));
  }

  /** {@code GET /site-media/v1/files/get-file-by-id?fileId=…}. */
  public WixFile getFile(String fileId) {
    JsonNode response = http.get("get media file", WixSubject.item("media file " + fileId),
        FILES + "/get-file-by-id", Map.of("fileId", List.of(fileId)));
    return file(response.path("file"));
  }

  /** Most file ids one Get File Descriptors request takes (dev.wix.com …/media-manager/files/get-file-descriptors). */
  public static final int IDS_PER_LOOKUP = 100;

  /**
   * Get File Descriptors, {@code POST /site-media/v1/files/get-files} with {@code {"fileIds": [1..100]}} →
   * {@code {"files": [FileDescriptor…]}} (dev.wix.com/docs/rest/assets/media/media-manager/files/get-file-descriptors;
   * descriptor as wix.md §6.1). Ids may also be {@code wix:image://…} URIs. A file deleted in the Media Manager comes
   * back with {@code state: DELETED} while in the trash, and not at all once purged.
   */
  public List<WixFile> getFiles(List<String> fileIds) {
    if (fileIds.isEmpty() || fileIds.size() > IDS_PER_LOOKUP) {
      throw new IllegalArgumentException("get-files takes 1 to " + IDS_PER_LOOKUP + " ids, not " + fileIds.size());
    }
    ObjectNode body = http.json().createObjectNode();
    fileIds.forEach(body.putArray("fileIds")::add);
    JsonNode response = http.post("get media files", WixSubject.item(fileIds.size() + " media files"), true,
        FILES + "/get-files", body);
    List<WixFile> files = new ArrayList<>();
    response.path("files").forEach(node -> files.add(file(node)));
    return files;
  }

  /**
   * Polls until the file is READY, waiting 0.5 s, 1 s, 2 s … (at most 10 s) between reads.
   *
   * @throws RemoteApiException DATA when Wix reports FAILED (source unreachable or unsupported, wix.md §6.3);
   *     TRANSIENT when it is still PENDING after {@code timeout}
   */
  public WixFile awaitReady(String fileId, Duration timeout) {
    Instant giveUp = http.call().clock().instant().plus(timeout);
    Duration wait = FIRST_POLL;
    while (true) {
      WixFile file = getFile(fileId);
      if (file.ready()) {
        return file;
      }
      if (file.failed()) {
        throw new RemoteApiException.Rejected(new ErrorDetail(Api.WIX, 200, "FAILED", null, null), FailureKind.DATA,
            "Wix could not import media file " + fileId + " (" + file.displayName() + "): the source URL was "
                + "unreachable or its type is not supported");
      }
      Instant now = http.call().clock().instant();
      if (!now.plus(wait).isBefore(giveUp)) {
        throw new RemoteApiException.Rejected(new ErrorDetail(Api.WIX, 200, "PENDING", null, null),
            FailureKind.TRANSIENT, "media file " + fileId + " is still " + file.operationStatus() + " after "
                + timeout.toSeconds() + " s");
      }
      http.call().sleeper().sleep(wait);
      wait = wait.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : wait.multipliedBy(2);
    }
  }

  /** Files whose display name is exactly {@code displayName}, found with {@code POST /site-media/v1/files/search}. */
  public List<WixFile> findByDisplayName(String displayName) {
    List<WixFile> found = new ArrayList<>();
    String cursor = null;
    do {
      ObjectNode body = http.json().createObjectNode().put("search", displayName);
      ObjectNode paging = body.putObject("paging").put("limit", PAGE);
      if (cursor != null) {
        paging.put("cursor", cursor);
      }
      JsonNode response = http.post("search media files", WixSubject.item("media search"), true,
          FILES + "/search", body);
      for (JsonNode node : response.path("files")) {
        WixFile file = file(node);
        if (displayName.equals(file.displayName())) {
          found.add(file);
        }
      }
      cursor = WixErrors.text(response.path("nextCursor").path("cursors"), "next");
    } while (cursor != null && !cursor.isEmpty());
    return found;
  }

  /** One {@code GET /site-media/v1/files} of one file: proves the key may read the media library, changes nothing. */
  public void probe() {
    http.get("list media files", WixSubject.item("media files"), FILES, Map.of("paging.limit", List.of("1")));
  }

  /** Streams the files of a folder ({@code GET /site-media/v1/files}, cursor paging); null lists the root. */
  public void listFiles(String parentFolderId, Consumer<WixFile> consumer) {
    String cursor = null;
    do {
      Map<String, List<String>> query = new java.util.LinkedHashMap<>();
      if (parentFolderId != null) {
        query.put("parentFolderId", List.of(parentFolderId));
      }
      query.put("paging.limit", List.of(String.valueOf(PAGE)));
      if (cursor != null) {
        query.put("paging.cursor", List.of(cursor));
      }
      JsonNode response = http.get("list media files", WixSubject.item("media files"), FILES, query);
      response.path("files").forEach(node -> consumer.accept(file(node)));
      cursor = WixErrors.text(response.path("nextCursor").path("cursors"), "next");
    } while (cursor != null && !cursor.isEmpty());
  }

  static WixFile file(JsonNode node) {
    JsonNode image = node.path("media").path("image").path("image");
    return new WixFile(WixErrors.text(node, "id"), WixErrors.text(node, "displayName"), WixErrors.text(node, "url"),
        WixErrors.text(node, "mediaType"), WixErrors.text(node, "operationStatus"),
        image.has("width") ? image.path("width").asInt() : null,
        image.has("height") ? image.path("height").asInt() : null, node);
  }
}
