package no.hmskort.platform.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;
import no.hmskort.platform.security.TokenSecurityConfiguration;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.HandlerMethod;

/**
 * Gives every operation the responses the code really answers, derived here once from the handler method (by
 * {@link OperationProblems}) instead of repeated on every controller: a {@code ResponseEntity<Void>} answers 204
 * rather than springdoc's 200; each error status lists the problem types it can carry, by slug and title, with
 * the shared {@code Problem} schema; {@code default} stands for what any operation may meet (500 {@code internal},
 * Spring MVC's own 405 or 406). An operation behind the token check that names no security scheme takes either
 * token, and says so.
 */
final class OperationResponses implements OperationCustomizer {

    static final String PROBLEM_SCHEMA = "Problem";

    private static final String ANY_OTHER_ERROR = "Any other error, as problem details: `internal` (500, nothing "
            + "was changed by halves), or what Spring MVC answers itself (`http-<status>`: 405 method, 406 Accept)";

    private final OperationProblems problems;

    OperationResponses(OperationProblems problems) {
        this.problems = problems;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String path = problems.pathOf(handler);
        ApiResponses responses = operation.getResponses();
        if (answersNoContent(handler) && responses.remove("200") != null) {
            responses.addApiResponse("204", new ApiResponse().description("No Content"));
        }
        problems.of(handler, operation.getSecurity()).forEach((status, types) ->
                responses.addApiResponse(String.valueOf(status), problemResponse(describe(types))));
        responses.addApiResponse("default", problemResponse(ANY_OTHER_ERROR));
        if (operation.getSecurity() == null && TokenSecurityConfiguration.needsToken(path)) {
            operation.setSecurity(List.of(new SecurityRequirement().addList(OpenApiConfiguration.PERSON),
                    new SecurityRequirement().addList(OpenApiConfiguration.CLIENT)));
        }
        return operation;
    }

    /**
     * {@code ResponseEntity<Void>} is how a controller here answers 204: there is nothing else it could carry. (A
     * {@code @ResponseStatus} springdoc reads itself, and then there is no 200 to replace.)
     */
    private static boolean answersNoContent(HandlerMethod handler) {
        ResolvableType returned = ResolvableType.forMethodReturnType(handler.getMethod()).as(ResponseEntity.class);
        return returned != ResolvableType.NONE && returned.getGeneric(0).resolve() == Void.class;
    }

    /** One line per type, so a reader sees every {@code type} this status may carry and what it means. */
    private static String describe(SortedSet<ProblemType> types) {
        return types.stream().map(type -> "- `" + type.slug() + "`: " + type.title())
                .collect(Collectors.joining("\n"));
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
    }
}
