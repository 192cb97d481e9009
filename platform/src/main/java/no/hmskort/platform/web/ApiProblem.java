package no.hmskort.platform.web;

import java.util.List;

/**
 * An error answered as problem details: a {@link ProblemType}, a detail for this occurrence, and for
 * validation the reason per field. Details never repeat a personal number.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ApiProblem(ProblemType type, String detail, List<FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem invalid(String field, String reason) {
        return new ApiProblem(ProblemType.VALIDATION, field + ": " + reason, List.of(new FieldError(field, reason)));
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** @param field the JSON path or parameter name, e.g. {@code lines[0].personId} */
    public record FieldError(String field, String reason) {
    }
}
