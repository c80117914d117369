package org.ustoz.examples.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.ustoz.core.error.UstozException;
import org.ustoz.core.error.ValidationFailedException;

/**
 * Errors of the REST API, and every error Spring MVC itself refuses (an unknown path 404, a method not allowed 405, a
 * representation not acceptable 406, a media type not supported 415, a form of the pages with values the page
 * never offered 400), as RFC 9457 problem details ({@code application/problem+json}): Ustoz's error code
 * (property {@code code}), its kind, the message in the caller's language, and for a refused command the
 * fields at fault. The status follows the kind: not found 404, conflict and invalid state 409, invalid input
 * 400 (a refused command) or 422. Anything else is a generic 500 whose details stay in the server's log: no
 * stack trace and no SQL ever reaches the client.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    /** The HTTP status of a Ustoz error, by its kind. */
    static HttpStatus status(UstozException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT, INVALID_STATE, CONCURRENCY -> HttpStatus.CONFLICT;
            case INVALID_INPUT -> e instanceof ValidationFailedException ? HttpStatus.BAD_REQUEST
                    : HttpStatus.UNPROCESSABLE_CONTENT;
            case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }

    @ExceptionHandler(UstozException.class)
    ResponseEntity<ProblemDetail> ustoz(UstozException e, Locale locale) {
        HttpStatus status = status(e);
        if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
            return internal(e);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, Display.message(e, locale));
        problem.setTitle(status.getReasonPhrase());
        problem.setType(URI.create("urn:ustoz:error:" + e.code()));
        problem.setProperty("code", e.code());
        problem.setProperty("kind", e.kind().name());
        if (e instanceof ValidationFailedException v) {
            problem.setProperty("fields", v.fields());
            problem.setProperty("violations", v.violations().stream()
                    .map(x -> Map.of("field", x.field(), "constraint", x.constraint(), "message", x.message()))
                    .toList());
        }
        return ResponseEntity.status(status).contentType(PROBLEM).body(problem);
    }

    /** Malformed requests that Spring refuses itself (unreadable JSON, a bad UUID, an unknown path, ...). */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail p ? p
                : ProblemDetail.forStatus(statusCode);
        // Spring's own detail may quote the parser's message; keep it generic
        HttpStatus status = HttpStatus.resolve(statusCode.value());
        problem.setDetail(status != null ? status.getReasonPhrase() : "Request refused");
        problem.setProperty("code", "web." + (status != null ? status.name().toLowerCase(Locale.ROOT).replace('_', '-')
                : String.valueOf(statusCode.value())));
        problem.setProperty("kind", statusCode.is4xxClientError() ? "INVALID_INPUT" : "INTERNAL");
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.addAll(headers);
        problemHeaders.setContentType(PROBLEM);
        return new ResponseEntity<>(problem, problemHeaders, statusCode);
    }

    /** A time zone the API does not know ({@code ?zone=Mars/Base}). */
    @ExceptionHandler(java.time.DateTimeException.class)
    ResponseEntity<ProblemDetail> badZone(java.time.DateTimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Unknown time zone");
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setProperty("code", "web.invalid-time-zone");
        problem.setProperty("kind", "INVALID_INPUT");
        problem.setProperty("fields", List.of("zone"));
        return ResponseEntity.badRequest().contentType(PROBLEM).body(problem);
    }

    /** Anything else: logged here, and a generic problem for the client. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> internal(Exception e) {
        log.error("Request failed", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed. The error has been logged.");
        problem.setTitle(HttpStatus.INTERNAL_SERVER_ERROR.getReasonPhrase());
        problem.setProperty("code", "web.internal-error");
        problem.setProperty("kind", "INTERNAL");
        return ResponseEntity.internalServerError().contentType(PROBLEM).body(problem);
    }

}
