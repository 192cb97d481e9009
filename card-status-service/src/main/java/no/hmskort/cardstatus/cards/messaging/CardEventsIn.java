package no.hmskort.cardstatus.cards.messaging;

import java.time.Instant;
import java.util.function.Consumer;
import no.hmskort.cardstatus.cards.application.FollowingCardJourney;
import no.hmskort.cardstatus.cards.application.IssuedCard;
import no.hmskort.cardstatus.cards.application.RegisteringIssuedCard;
import no.hmskort.cardstatus.cards.model.Holder;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cards.CardDelivered;
import no.hmskort.contracts.events.cards.CardIssued;
import no.hmskort.contracts.events.cards.CardReplaced;
import no.hmskort.contracts.events.cards.CardShipped;
import no.hmskort.platform.messaging.EventConsumers;
import no.hmskort.platform.messaging.PoisonMessageException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Production's card events in: a card issued starts being tracked; its journey goes into its log, each step
 * at the instant production recorded it (the event's time), so the log reads in the order things happened.
 */
@Configuration(proxyBeanMethods = false)
class CardEventsIn {

    @Bean
    Consumer<Message<byte[]>> cardEvents(EventConsumers consumers, RegisteringIssuedCard registering,
            FollowingCardJourney journey) {
        return consumers.of(Topics.CARDS, envelope -> {
            switch (envelope.data()) {
                case CardIssued issued -> register(registering, issued, envelope.time());
                case CardShipped shipped -> journey.shipped(shipped.cardNumber(), shipped.shipmentId(), envelope.time());
                case CardDelivered delivered -> journey.delivered(delivered.cardNumber(), delivered.shipmentId(),
                        envelope.time());
                case CardReplaced replaced -> journey.replaced(replaced.cardNumber(), replaced.replacedBy(),
                        replaced.reason(), replaced.replacedAt());
            }
        });
    }

    /** A card refused is dead-lettered with the reason: redelivering it would be refused again. */
    private static void register(RegisteringIssuedCard registering, CardIssued issued, Instant printedAt) {
        IssuedCard card = new IssuedCard(issued.cardNumber(), issued.chipUid(), issued.orderingUnit(), issued.employer(),
                issued.employerName(), issued.cardType(), new Holder(issued.holder().person(), issued.holder().name(),
                        issued.holder().birthDate()), issued.issuedOn(), issued.expiresOn(), issued.orderedAt(),
                printedAt, issued.replacesCard(), issued.freeOfCharge());
        if (registering.register(card) == RegisteringIssuedCard.Outcome.CHIP_ON_ANOTHER_CARD) {
            throw new PoisonMessageException("card " + issued.cardNumber() + " has a chip that is already on another card");
        }
    }
}
