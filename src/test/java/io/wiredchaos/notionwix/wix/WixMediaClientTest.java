package io.wiredchaos.notionwix.wix;

import static io.wiredchaos.notionwix.wix.WixFake.body;
import static io.wiredchaos.notionwix.wix.WixFake.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wiredchaos.notionwix.remote.FailureKind;
import io.wiredchaos.notionwix.remote.FakeHttp.Response;
import io.wiredchaos.notionwix.remote.RemoteApiException;
import io.wiredchaos.notionwix.wix.api.WixFile;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WixMediaClientTest {

  private static final String FILE_ID = "3f9a1c_0d4be2f1a7c94e5b9e2a6f1c8d7b3a21~mv2.png";

  @Test
  void importThenWaitUntilReady() {
    AtomicInteger polls = new AtomicInteger();
    try (WixFake fake = new WixFake(request -> {
      if (request.path().endsWith("/files/import")) {
        return Response.json(200, resource("media-import-response.json"));
      }
      return polls.incrementAndGet() < 3
          ? Response.json(200, resource("media-import-response.json"))
          : Response.json(200, resource("media-get-file-ready-response.json"));
    })) {
      WixFile pending = fake.media.importFile("https://example.com/cover.png", "cover.png", "image/png", null);
      assertThat(pending.operationStatus()).isEqualTo("PENDING");
      assertThat(pending.width()).isNull();
      WixFile ready = fake.media.awaitReady(pending.id(), Duration.ofMinutes(2));
      assertThat(ready.ready()).isTrue();
      assertThat(ready.width()).isEqualTo(1200);
      assertThat(ready.height()).isEqualTo(630);
      assertThat(ready.imageUri()).isEqualTo("wix:image://v1/" + FILE_ID + "/cover.png#originWidth=1200&originHeight=630");
      assertThat(fake.sleeper.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
      var importRequest = fake.server.requests().getFirst();
      assertThat(body(importRequest).path("url").asString()).isEqualTo("https://example.com/cover.png");
      assertThat(body(importRequest).path("mimeType").asString()).isEqualTo("image/png");
      assertThat(body(importRequest).has("parentFolderId")).isFalse();
      assertThat(fake.server.requests().get(1).path()).isEqualTo("/site-media/v1/files/get-file-by-id");
      assertThat(fake.server.requests().get(1).query("fileId")).containsExactly(FILE_ID);
    }
  }

  @Test
  void aFailedImportIsADataFailure() {
    String failed = resource("media-import-response.json").replace("\"PENDING\"", "\"FAILED\"");
    try (WixFake fake = new WixFake(request -> Response.json(200, failed))) {
      assertThatThrownBy(() -> fake.media.awaitReady(FILE_ID, Duration.ofMinutes(2)))
          .isInstanceOfSatisfying(RemoteApiException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.DATA))
          .hasMessageContaining(FILE_ID);
    }
  }

  @Test
  void aFileStillPendingAfterTheTimeoutIsTransient() {
    try (WixFake fake = new WixFake(request -> Response.json(200, resource("media-import-response.json")))) {
      assertThatThrownBy(() -> fake.media.awaitReady(FILE_ID, Duration.ofSeconds(20)))
          .isInstanceOfSatisfying(RemoteApiException.class,
              e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT));
      assertThat(fake.sleeper.total()).isLessThan(Duration.ofSeconds(20));
    }
  }

  @Test
  void importIsNotRepeatedAfterAServerError() {
    try (WixFake fake = new WixFake(request -> Response.json(503, "{\"message\":\"\",\"details\":{}}"))) {
      assertThatThrownBy(() -> fake.media.importFile("https://example.com/a.png", "a.png", null, "folder-1"))
          .isInstanceOf(RemoteApiException.ServiceUnavailable.class);
      assertThat(fake.server.requests()).hasSize(1);
    }
  }

  @Test
  void findsPreviouslyImportedFilesByExactDisplayName() {
    AtomicInteger calls = new AtomicInteger();
    try (WixFake fake = new WixFake(request -> calls.incrementAndGet() == 1
        ? Response.json(200, """
            {"files":[{"id":"f1","displayName":"cover.png","operationStatus":"READY"},
                      {"id":"f2","displayName":"cover.png.old","operationStatus":"READY"}],
             "nextCursor":{"cursors":{"next":"n2"}}}""")
        : Response.json(200, """
            {"files":[{"id":"f3","displayName":"cover.png","operationStatus":"READY"}],"nextCursor":{"cursors":{}}}
            """))) {
      assertThat(fake.media.findByDisplayName("cover.png")).extracting(WixFile::id).containsExactly("f1", "f3");
      assertThat(body(fake.server.requests().get(1)).path("paging").path("cursor").asString()).isEqualTo("n2");
      assertThat(fake.server.requests().getFirst().path()).isEqualTo("/site-media/v1/files/search");
    }
  }
}
