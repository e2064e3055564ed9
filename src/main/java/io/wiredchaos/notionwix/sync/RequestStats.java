package io.wiredchaos.notionwix.sync;

/** Remote traffic counters; a run reports the difference between its end and start. */
public record RequestStats(long notionRequests, long wixRequests, long rateLimited, long rateLimitWaitMs) {

  public static final RequestStats NONE = new RequestStats(0, 0, 0, 0);

  public RequestStats minus(RequestStats start) {
    return new RequestStats(notionRequests - start.notionRequests, wixRequests - start.wixRequests,
        rateLimited - start.rateLimited, rateLimitWaitMs - start.rateLimitWaitMs);
  }
}
