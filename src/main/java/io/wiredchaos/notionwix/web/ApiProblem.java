package io.wiredchaos.notionwix.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A route-level error answered as RFC 9457 problem details with a {@code kind} (docs/api.md): the
 * {@code FailureKind} name, or {@code AUTH}, {@code CONFLICT}, {@code NOT_FOUND}. Details never hold secrets.
 */
class ApiProblem extends ErrorResponseException {

  ApiProblem(HttpStatus status, String kind, String detail) {
    super(status, problem(status, kind, detail), null);
  }

  static ProblemDetail problem(HttpStatus status, String kind, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("about:blank"));
    problem.setProperty("kind", kind);
    return problem;
  }

  static ApiProblem notFound(String what) {
    return new ApiProblem(HttpStatus.NOT_FOUND, "NOT_FOUND", what + " not found");
  }
}
