package no.hmskort.production;

import no.hmskort.platform.security.Caller;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.ProblemType;

/** Production's operator tools (print failures, dispatch, recalls) need a client token with this scope. */
public final class OperatorScope {

    public static final String SCOPE = "hmskort:operator";

    private OperatorScope() {
    }

    public static void require(Caller caller) {
        if (!caller.hasScope(SCOPE)) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "Operator tools need a client token with scope " + SCOPE);
        }
    }
}
