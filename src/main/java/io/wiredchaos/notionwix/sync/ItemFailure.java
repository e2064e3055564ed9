package io.wiredchaos.notionwix.sync;

/** One item that could not be applied, named so an editor can find the page. */
public record ItemFailure(String pageId, String title, String notionUrl, FailureKind kind, String message) {}
