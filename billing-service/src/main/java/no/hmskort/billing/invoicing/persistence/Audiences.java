package no.hmskort.billing.invoicing.persistence;

import no.hmskort.billing.invoicing.model.Audience;
import org.springframework.data.mongodb.core.query.Criteria;

/** {@link Audience#sees} as a query on issued sales documents, which keep {@code customer} and {@code orderingUnit}. */
final class Audiences {

    private Audiences() {
    }

    /** Issued documents the audience sees; documents without an ordering unit were addressed to it. */
    static Criteria seenBy(Audience audience) {
        return new Criteria().andOperator(Criteria.where("number").ne(null), new Criteria().orOperator(
                Criteria.where("customer").is(audience.unit().value()),
                Criteria.where("orderingUnit").is(audience.unit().value()).and("customer")
                        .is(audience.mainUnit().value())));
    }
}
