package no.hmskort.order.ordering;

import java.time.Duration;
import java.util.List;
import no.hmskort.order.ordering.model.CardTypePolicy;
import no.hmskort.order.ordering.model.Eligibility;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Ordering settings ({@code hmskort.ordering}).
 *
 * @param publicBaseUrl where order-service is reached from outside: photo references for the printer partner
 *     and upload links for card holders start with it
 * @param cardTypeRules which card types a business may order, with effective dates (first fitting rule decides)
 * @param aheadOfStart how many days before the work starts a card may be ordered, from a date on
 * @param cardTypeRequirements when each card type is offered and which approval it needs from when
 * @param cancelAfter how long a line may await registration before it is cancelled free of charge
 * @param renewalWindow how long before its expiry a card may be renewed (the old card stays valid until the
 *     new one is delivered)
 */
@ConfigurationProperties("hmskort.ordering")
public record OrderingProperties(String publicBaseUrl, List<CardTypePolicy.Rule> cardTypeRules,
        List<CardTypePolicy.TypeRequirement> cardTypeRequirements, List<Eligibility.AheadOfStart> aheadOfStart,
        Duration cancelAfter, java.time.Period renewalWindow) {
}
