package no.hmskort.platform.web;

import io.swagger.v3.oas.models.security.SecurityRequirement;
import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.security.TokenSecurityConfiguration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * Which problem types an operation can answer, by status. The rules every operation follows are read here from
 * its handler method, path and security requirement; what only the operation's own code knows it names with
 * {@link AnswersProblems}:
 * <ul>
 * <li>400 {@code validation} for a body, a parameter Spring converts or constrains (not a plain String), or the
 * business's number in the path, which every business operation parses first; a JSON body also
 * {@code malformed-request}, and 415 {@code http-415} in another media type;
 * <li>401 {@code unauthenticated} for a path behind the token check ({@link TokenSecurityConfiguration});
 * <li>403 {@code person-required} where a person's login is a way in (a client token without another way's scope
 * is refused with it),
 * {@code forbidden} where a client scope is the only way in, {@code no-rights-for-business} for everything
 * done for a business (the same answer whether it exists or not, ADR 0009);
 * <li>404 for an id in the path other than the business's: {@code not-found}, unless the operation names a 404
 * of its own;
 * <li>409 {@code concurrent-change} for a request that changes state: it may lose the race for a stored record.
 * </ul>
 */
final class OperationProblems {

    /** Everything done for a business lives under this path. */
    static final String BUSINESS = "/api/businesses/{orgnr}";

    /** Spring MVC's own answer to a body in a media type the operation does not read. */
    static final ProblemType UNSUPPORTED_MEDIA_TYPE = ProblemType.of("http-415", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "The body's Content-Type is not one the operation reads (application/json)");

    private static final Set<RequestMethod> CHANGING_STATE =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    private final Supplier<Map<RequestMappingInfo, HandlerMethod>> mappings;
    private final Supplier<ProblemCatalogue> catalogue;
    private Map<Method, RequestMappingInfo> byMethod;
    private ProblemCatalogue known;

    /**
     * @param mappings the service's request mappings (read when the first document is built, when they are all known)
     * @param catalogue the service's problem types
     */
    OperationProblems(Supplier<Map<RequestMappingInfo, HandlerMethod>> mappings, Supplier<ProblemCatalogue> catalogue) {
        this.mappings = mappings;
        this.catalogue = catalogue;
    }

    /** The operation's path as mapped, e.g. {@code /api/businesses/{orgnr}/orders/{orderId}}. */
    String pathOf(HandlerMethod handler) {
        return mappingOf(handler).getPatternValues().stream().sorted().findFirst().orElseThrow();
    }

    /** The operation's problem types by status, each status's by slug. */
    SortedMap<Integer, SortedSet<ProblemType>> of(HandlerMethod handler, List<SecurityRequirement> security) {
        String path = pathOf(handler);
        Set<ProblemType> types = new HashSet<>(input(handler, path));
        if (TokenSecurityConfiguration.needsToken(path)) {
            types.add(ProblemType.UNAUTHENTICATED);
        }
        types.addAll(refusedTokens(security));
        if (path.startsWith(BUSINESS)) {
            types.add(ProblemType.NO_RIGHTS_FOR_BUSINESS);
        }
        if (mappingOf(handler).getMethodsCondition().getMethods().stream().anyMatch(CHANGING_STATE::contains)) {
            types.add(ProblemType.CONCURRENT_CHANGE);
        }
        types.addAll(named(handler));
        boolean idInPath = path.replace(BUSINESS, "").contains("{");
        if (idInPath && types.stream().noneMatch(type -> type.status() == HttpStatus.NOT_FOUND)) {
            types.add(ProblemType.NOT_FOUND);
        }
        return types.stream().collect(Collectors.groupingBy(type -> type.status().value(), TreeMap::new,
                Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(ProblemType::slug)))));
    }

    /** What the client sends that can be wrong: a body, a parameter Spring converts, the business's number. */
    private static Set<ProblemType> input(HandlerMethod handler, String path) {
        List<MethodParameter> parameters = List.of(handler.getMethodParameters());
        Set<ProblemType> types = new HashSet<>();
        if (parameters.stream().anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class))) {
            types.addAll(List.of(ProblemType.VALIDATION, ProblemType.MALFORMED_REQUEST, UNSUPPORTED_MEDIA_TYPE));
        }
        if (path.startsWith(BUSINESS) || parameters.stream().anyMatch(OperationProblems::converted)) {
            types.add(ProblemType.VALIDATION);
        }
        return types;
    }

    /** A path, query or header parameter Spring converts to a type, or checks against a constraint. */
    private static boolean converted(MethodParameter parameter) {
        boolean bound = parameter.hasParameterAnnotation(PathVariable.class)
                || parameter.hasParameterAnnotation(RequestParam.class)
                || parameter.hasParameterAnnotation(RequestHeader.class);
        return bound && (parameter.getParameterType() != String.class || Stream.of(parameter.getParameterAnnotations())
                .map(Annotation::annotationType).anyMatch(type -> type.isAnnotationPresent(Constraint.class)));
    }

    /** What a valid token that is not the right kind is refused with (none when any token will do). */
    private static Set<ProblemType> refusedTokens(List<SecurityRequirement> security) {
        if (security == null || security.isEmpty()) {
            return Set.of();
        }
        Set<ProblemType> refusals = new HashSet<>();
        if (security.stream().anyMatch(requirement -> requirement.containsKey(OpenApiConfiguration.PERSON))) {
            refusals.add(Caller.PERSON_REQUIRED);
        } else if (security.stream().allMatch(OperationProblems::scopedClient)) {
            refusals.add(ProblemType.FORBIDDEN);
        }
        return refusals;
    }

    private static boolean scopedClient(SecurityRequirement requirement) {
        return requirement.containsKey(OpenApiConfiguration.CLIENT)
                && !requirement.get(OpenApiConfiguration.CLIENT).isEmpty();
    }

    private List<ProblemType> named(HandlerMethod handler) {
        AnswersProblems named = handler.getMethodAnnotation(AnswersProblems.class);
        return named == null ? List.of() : Stream.of(named.value())
                .map(slug -> catalogue().bySlug(slug, handler.getShortLogMessage())).toList();
    }

    private synchronized RequestMappingInfo mappingOf(HandlerMethod handler) {
        if (byMethod == null) {
            byMethod = mappings.get().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getValue().getMethod(), Map.Entry::getKey, (a, b) -> a));
        }
        RequestMappingInfo mapping = byMethod.get(handler.getMethod());
        if (mapping == null) {
            throw new IllegalStateException("No request mapping for " + handler.getShortLogMessage());
        }
        return mapping;
    }

    private synchronized ProblemCatalogue catalogue() {
        if (known == null) {
            known = catalogue.get();
        }
        return known;
    }
}
