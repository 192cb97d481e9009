package no.hmskort.contracts.events.cardstatus;

import java.util.List;
import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * card-status-service's own work queue: a register change about a business with thousands of cards is split
 * into pages of cards to judge, spread over the partitions and so over the replicas, so that no message takes
 * longer to handle than a consumer may go without polling. Internal: no other service consumes it.
 */
public sealed interface CardJudgementEvent extends Event permits CardJudgementEvent.CardsToJudge {

    /**
     * Judge these cards again against the current facts (judging twice changes nothing).
     *
     * @param business the unit whose facts changed, for the log
     */
    @EventType(name = "CardsToJudge", version = 1)
    record CardsToJudge(OrganisationNumber business, List<CardNumber> cards) implements CardJudgementEvent {

        public CardsToJudge {
            cards = List.copyOf(cards);
        }

        @Override
        public String partitionKey() {
            return cards.getFirst().value();
        }
    }
}
