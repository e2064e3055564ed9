package io.wiredchaos.notionwix.remote;

/**
 * What the HTTP layer tells the request budget at the two edges of a send, so that no request goes out into a
 * {@code Retry-After} pause another thread has just learnt of (the server counts the whole account).
 */
public interface SendGuard {

  /** Right before the request goes out; throws {@link RemoteCall.SendPostponed} during a pause. */
  void beforeSend();

  /**
   * As soon as the status and headers arrive, before the body is read: reading the body releases the connection to
   * the pool, and another thread must not send on it, or anywhere, before the pause is set.
   */
  void answered(int status, String retryAfter);
}
