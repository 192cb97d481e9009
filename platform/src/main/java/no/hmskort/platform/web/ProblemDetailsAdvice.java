package no.hmskort.platform.web;

import java.util.ArrayList;
import java.util.List;
import no.hmskort.contracts.ids.InvalidIdentifierException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every error as RFC 9457 problem details with a stable {@code type}: our own {@link ApiProblem}s,
 * identifiers that fail their check digits, unreadable JSON, bean validation, and whatever Spring MVC
 * raises itself. Field-level reasons go in {@code errors}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiProblem.class)
    public ResponseEntity<Object> apiProblem(ApiProblem problem) {
        return respond(problem.type(), problem.getMessage(), problem.errors());
    }

    @ExceptionHandler(InvalidIdentifierException.class)
    public ResponseEntity<Object> invalidIdentifier(InvalidIdentifierException e) {
        return respond(ProblemType.VALIDATION, e.getMessage(),
                List.of(new ApiProblem.FieldError(e.identifier(), e.reason())));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof DatabindException databind) {
            String field = fieldPath(databind);
            for (Throwable t = databind; t != null; t = t.getCause()) {
                if (t instanceof InvalidIdentifierException invalid) {
                    return respond(ProblemType.VALIDATION, field + ": " + invalid.reason(),
                            List.of(new ApiProblem.FieldError(field, invalid.getMessage())));
                }
            }
            if (!field.isEmpty()) {
                return respond(ProblemType.VALIDATION, field + ": has the wrong type or format",
                        List.of(new ApiProblem.FieldError(field, "has the wrong type or format")));
            }
        }
        return respond(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON for this request", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors()
                .forEach(f -> errors.add(new ApiProblem.FieldError(f.getField(), f.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors()
                .forEach(g -> errors.add(new ApiProblem.FieldError(g.getObjectName(), g.getDefaultMessage())));
        String detail = errors.stream().map(f -> f.field() + ": " + f.reason()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        return respond(ProblemType.VALIDATION, detail, errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            org.springframework.web.method.annotation.HandlerMethodValidationException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(new ApiProblem.FieldError(result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage()))));
        return respond(ProblemType.VALIDATION, errors.stream().map(f -> f.field() + ": " + f.reason())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request"), errors);
    }

    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    public ResponseEntity<Object> typeMismatch(
            org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e) {
        if (e.getCause() != null && e.getCause().getCause() instanceof InvalidIdentifierException invalid) {
            return invalidIdentifier(invalid);
        }
        String reason = "has the wrong type or format";
        return respond(ProblemType.VALIDATION, e.getName() + ": " + reason,
                List.of(new ApiProblem.FieldError(e.getName(), reason)));
    }

    /**
     * The same record changed by others so often that the retries ran out: nothing of this request was saved,
     * and trying again is the remedy, so it is a 409 to retry, not a server error.
     */
    @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
    public ResponseEntity<Object> concurrentChange(org.springframework.dao.OptimisticLockingFailureException e) {
        ResponseEntity<Object> answer = respond(ProblemType.CONCURRENT_CHANGE,
                "Others changed the same record at the same moment; nothing was saved: try again", List.of());
        return ResponseEntity.status(answer.getStatusCode()).header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(answer.getBody());
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return respond(ProblemType.INTERNAL, "Something went wrong on our side; nothing was changed by halves",
                List.of());
    }

    /** Spring MVC's own problems (405, 415, ...) keep their status and get a stable type. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail detail
                && (detail.getType() == null || "about:blank".equals(detail.getType().toString()))) {
            detail.setType(ProblemType.forStatus(status.value()));
        }
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    static ResponseEntity<Object> respond(ProblemType type, String detail, List<ApiProblem.FieldError> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(type.status(), detail);
        body.setType(type.uri());
        body.setTitle(type.title());
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return ResponseEntity.status(type.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static String fieldPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
