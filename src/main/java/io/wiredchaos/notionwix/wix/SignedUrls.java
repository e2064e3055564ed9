package io.wiredchaos.notionwix.wix;

/** Whether a URL is a signed, expiring one (Notion-hosted files, notion.md §6). */
final class SignedUrls {

  private SignedUrls() {}

  static boolean isSigned(String url) {
    return url != null && (url.contains("X-Amz-Signature=") || url.contains("X-Amz-Expires=")
        || url.contains("expires=") || url.contains("Expires="));
  }
}
