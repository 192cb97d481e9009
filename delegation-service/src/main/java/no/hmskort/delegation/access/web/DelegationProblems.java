package no.hmskort.delegation.access.web;

import java.util.List;
import java.util.Locale;
import no.hmskort.delegation.access.model.DelegationRefusal;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * Each delegation refusal as the problem the role holder reads: one type per rule, its slug the rule's name and
 * its title the rule's reason, declared here so the API documents can name them.
 */
final class DelegationProblems {

    static final ProblemType INSUFFICIENT_ASSURANCE = ProblemType.of("insufficient-assurance", HttpStatus.FORBIDDEN,
            "This action needs a login at a higher level of assurance");
    static final ProblemType NOT_A_ROLE_HOLDER = of(DelegationRefusal.NOT_A_ROLE_HOLDER, HttpStatus.FORBIDDEN);
    static final ProblemType SELF = of(DelegationRefusal.SELF, HttpStatus.UNPROCESSABLE_CONTENT);
    static final ProblemType STOP_BEFORE_START = of(DelegationRefusal.STOP_BEFORE_START, HttpStatus.BAD_REQUEST);
    static final ProblemType START_IN_THE_PAST = of(DelegationRefusal.START_IN_THE_PAST, HttpStatus.BAD_REQUEST);
    static final ProblemType DUPLICATE = of(DelegationRefusal.DUPLICATE, HttpStatus.CONFLICT);
    static final ProblemType GRANT_NOT_FOUND = of(DelegationRefusal.GRANT_NOT_FOUND, HttpStatus.NOT_FOUND);
    static final ProblemType ROLE_GRANT_FOLLOWS_REGISTER =
            of(DelegationRefusal.ROLE_GRANT_FOLLOWS_REGISTER, HttpStatus.CONFLICT);
    static final ProblemType ALREADY_ENDED = of(DelegationRefusal.ALREADY_ENDED, HttpStatus.CONFLICT);

    private DelegationProblems() {
    }

    /** The problem of a refusal; a date rule also names the field it is about. */
    static ApiProblem problem(DelegationRefusal refusal) {
        ProblemType type = type(refusal);
        return switch (refusal) {
            case STOP_BEFORE_START -> new ApiProblem(type, refusal.reason(),
                    List.of(new ApiProblem.FieldError("validUntil", refusal.reason())));
            case START_IN_THE_PAST -> new ApiProblem(type, refusal.reason(),
                    List.of(new ApiProblem.FieldError("validFrom", refusal.reason())));
            default -> new ApiProblem(type, refusal.reason());
        };
    }

    private static ProblemType type(DelegationRefusal refusal) {
        return switch (refusal) {
            case NOT_A_ROLE_HOLDER -> NOT_A_ROLE_HOLDER;
            case SELF -> SELF;
            case STOP_BEFORE_START -> STOP_BEFORE_START;
            case START_IN_THE_PAST -> START_IN_THE_PAST;
            case DUPLICATE -> DUPLICATE;
            case GRANT_NOT_FOUND -> GRANT_NOT_FOUND;
            case ROLE_GRANT_FOLLOWS_REGISTER -> ROLE_GRANT_FOLLOWS_REGISTER;
            case ALREADY_ENDED -> ALREADY_ENDED;
        };
    }

    private static ProblemType of(DelegationRefusal refusal, HttpStatus status) {
        return ProblemType.of(refusal.name().toLowerCase(Locale.ROOT).replace('_', '-'), status, refusal.reason());
    }
}
