package io.wiredchaos.notionwix.web;

import io.wiredchaos.notionwix.remote.RemoteApiException;
import io.wiredchaos.notionwix.sync.SyncFailure;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as problem details: Spring's own (415, 400, 405…) through the base class, route errors
 * as {@link ApiProblem}, and anything unexpected as a 500 of kind BUG whose detail names no internals.
 */
@RestControllerAdvice(basePackageClasses = ProblemAdvice.class)
class ProblemAdvice extends ResponseEntityExceptionHandler {

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badRequest(IllegalArgumentException e) {
    return ApiProblem.problem(HttpStatus.BAD_REQUEST, "DATA", e.getMessage());
  }

  /** A remote or port that is not available: 503 with the engine's failure kind. */
  @ExceptionHandler(SyncFailure.class)
  ProblemDetail unavailable(SyncFailure e) {
    return ApiProblem.problem(HttpStatus.SERVICE_UNAVAILABLE, e.kind().name(), e.getMessage());
  }

  /** A remote that answered an error to a read route (the panels' listings): 503 with the remote's failure kind. */
  @ExceptionHandler(RemoteApiException.class)
  ProblemDetail remote(RemoteApiException e) {
    return ApiProblem.problem(HttpStatus.SERVICE_UNAVAILABLE, e.kind().name(), e.getMessage());
  }

  @ExceptionHandler(IllegalStateException.class)
  ProblemDetail notAvailable(IllegalStateException e) {
    return ApiProblem.problem(HttpStatus.SERVICE_UNAVAILABLE, "CONFIG", e.getMessage());
  }
}
