/**
 * The one place for retries, rate limits and typed remote failures: {@code RetryPolicy},
 * {@code RateBudget}, {@code Sleeper}, the sealed {@code RemoteApiException} with its {@code FailureKind}, and secret
 * redaction. Depends on nothing else of ours.
 */
package io.wiredchaos.notionwix.remote;
