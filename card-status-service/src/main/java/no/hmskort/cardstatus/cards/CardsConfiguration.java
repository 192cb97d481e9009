package no.hmskort.cardstatus.cards;

import io.micrometer.observation.ObservationPredicate;
import no.hmskort.platform.messaging.OutboxSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/** The cards feature's wiring: the relay sweeps the cards' outboxes; the checks are counted, not traced. */
@Configuration(proxyBeanMethods = false)
class CardsConfiguration {

    @Bean
    OutboxSource cardsOutbox() {
        return new OutboxSource("cards");
    }

    /**
     * The checks (a gate's morning: thousands a second) are not observed request by request: an observation
     * (a span and a timer) cost more than the answer itself in the profile (issue 14). They are counted by
     * outcome instead ({@code hmskort.checks}); every other request is observed as before.
     */
    @Bean
    ObservationPredicate checksAreCountedNotTraced() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request
                && isCheck(request.getCarrier().getRequestURI()));
    }

    static boolean isCheck(String path) {
        return path.startsWith("/api/public/cards/") || path.startsWith("/api/gate/");
    }
}
