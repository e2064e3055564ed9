package io.wiredchaos.notionwix.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Media Manager imports (wix.md §6): asynchronous (PENDING, then READY after a delay), FAILED when the source
 * cannot be downloaded (an expired Notion URL answers 403), and never de-duplicated: a second import of the same
 * source makes a second file, as on Wix.
 */
final class WixMedia {

  /** Every sandbox image is a tiny PNG; the descriptor states this size ({@code sizeInBytes} is a string). */
  private static final int SIZE_IN_BYTES = 120;
  private final WixData data;
  private final Clock clock;
  private volatile Duration readyAfter;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();

  WixMedia(WixData data, Clock clock, Duration readyAfter) {
    this.data = data;
    this.clock = clock;
    this.readyAfter = readyAfter;
  }

  void readyAfter(Duration delay) {
    this.readyAfter = delay;
  }

  private final java.util.concurrent.atomic.AtomicReference<Runnable> beforeFirstImport =
      new java.util.concurrent.atomic.AtomicReference<>();

  void beforeFirstImport(Runnable hook) {
    beforeFirstImport.set(hook);
  }

  ObjectNode importFile(JsonNode body) {
    Runnable hook = beforeFirstImport.getAndSet(null);
    if (hook != null) {
      hook.run();
    }
    String url = body.path("url").asString("");
    boolean failed = !downloadable(url);
    String id = "sbx_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24) + "~mv2.png";
    List<String> labels = new java.util.ArrayList<>();
    body.path("labels").forEach(l -> labels.add(l.asString()));
    Instant now = clock.instant();
    WixData.MediaFile file = new WixData.MediaFile(id, body.path("displayName").asString("file"), url, now,
        now.plus(readyAfter), failed, 12, 12, List.copyOf(labels));
    synchronized (data) {
      data.media.add(file);
    }
    return Exchanges.object().set("file", descriptor(file));
  }

  ObjectNode get(String id) {
    synchronized (data) {
      return data.media.stream().filter(f -> f.id().equals(fileId(id))).findFirst()
          .map(f -> (ObjectNode) Exchanges.object().set("file", descriptor(f))).orElse(null);
    }
  }

  /**
   * Get File Descriptors ({@code POST /site-media/v1/files/get-files}, 1..100 {@code fileIds}, file ids or
   * {@code wix:image://} URIs; dev.wix.com/docs/rest/assets/media/media-manager/files/get-file-descriptors): the
   * descriptors of the files found, in the order asked; a trashed file has {@code state: DELETED}, a purged or
   * unknown one is left out.
   */
  ObjectNode getFiles(JsonNode body) {
    JsonNode ids = body.path("fileIds");
    if (!ids.isArray() || ids.isEmpty() || ids.size() > 100) {
      throw new WixRejection(400, "INVALID_ARGUMENT", "fileIds must hold 1 to 100 file ids");
    }
    ObjectNode response = Exchanges.object();
    var files = response.putArray("files");
    ids.forEach(id -> {
      ObjectNode found = get(id.asString(""));
      if (found != null) {
        files.add(found.path("file"));
      }
    });
    return response;
  }

  /**
   * Bulk Delete Files ({@code POST /site-media/v1/bulk/files/delete}, {@code {fileIds, permanent}}), what the
   * Media Manager does: the files go to the trash bin (state DELETED, no longer listed), or are gone for good with
   * {@code permanent: true} (dev.wix.com …/media-manager/files/bulk-delete-files, and list-deleted-files).
   */
  ObjectNode delete(JsonNode body) {
    body.path("fileIds").forEach(id -> delete(fileId(id.asString("")), body.path("permanent").asBoolean(false)));
    return Exchanges.object();
  }

  void delete(String id, boolean permanent) {
    synchronized (data) {
      if (permanent) {
        data.media.removeIf(f -> f.id().equals(id));
        data.trashedMedia.remove(id);
      } else if (data.media.stream().anyMatch(f -> f.id().equals(id))) {
        data.trashedMedia.add(id);
      }
    }
  }

  /** A file id, or the id inside a {@code wix:image://v1/<id>/<name>#…} URI (both are accepted as ids). */
  static String fileId(String id) {
    int at = id.indexOf("://v1/");
    if (!id.startsWith("wix:") || at < 0) {
      return id;
    }
    String rest = id.substring(at + "://v1/".length());
    return rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
  }

  /** List Files: the files not deleted (trashed files are listed only by List Deleted Files). */
  ObjectNode list() {
    ObjectNode response = Exchanges.object();
    var files = response.putArray("files");
    List<WixData.MediaFile> all;
    synchronized (data) {
      all = data.media.stream().filter(f -> !data.trashedMedia.contains(f.id())).toList();
    }
    all.forEach(f -> files.add(descriptor(f)));
    response.putObject("nextCursor").putObject("cursors").putNull("next");
    return response;
  }

  private ObjectNode descriptor(WixData.MediaFile f) {
    String status = f.failed() ? "FAILED" : clock.instant().isBefore(f.readyAt()) ? "PENDING" : "READY";
    String url = "https://static.wixstatic.com/media/" + f.id();
    ObjectNode file = Exchanges.object().put("id", f.id()).put("displayName", f.displayName()).put("url", url)
        .put("parentFolderId", "media-root").put("hash", Integer.toHexString(f.sourceUrl().hashCode()))
        .put("sizeInBytes", String.valueOf(SIZE_IN_BYTES)).put("private", false).put("mediaType", "IMAGE")
        .put("operationStatus", status).put("sourceUrl", f.sourceUrl()).put("thumbnailUrl", url);
    f.labels().forEach(file.putArray("labels")::add);
    file.put("createdDate", f.created().toString()).put("updatedDate", f.readyAt().toString())
        .put("siteId", Sandbox.WIX_SITE_ID).put("state", data.trashedMedia.contains(f.id()) ? "DELETED" : "OK");
    if (status.equals("READY")) {
      ObjectNode image = file.putObject("media").putObject("image");
      image.putObject("image").put("id", f.id()).put("url", url).put("width", f.width()).put("height", f.height())
          .put("filename", f.displayName());
      image.putArray("faces");
    } else {
      file.putNull("media");
    }
    return file;
  }

  private boolean downloadable(String url) {
    if (!url.startsWith("http://127.0.0.1") && !url.startsWith("http://localhost")) {
      return url.startsWith("https://");
    }
    try {
      HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url))
          .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
