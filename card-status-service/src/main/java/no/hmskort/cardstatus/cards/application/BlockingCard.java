package no.hmskort.cardstatus.cards.application;

import java.time.Clock;
import java.util.List;
import no.hmskort.cardstatus.cards.application.BlockOutcome.Blocked;
import no.hmskort.cardstatus.cards.application.BlockOutcome.Refused;
import no.hmskort.cardstatus.cards.model.BlockReason;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.store.Change;
import org.springframework.stereotype.Service;

/**
 * An orderer reports a card lost, stolen or returned: it is blocked at once, for good. A judging that lands
 * meanwhile makes the store decide again on the card as it then is, so neither change is lost.
 */
@Service
public class BlockingCard {

    private final Cards cards;
    private final CardAnnouncements announcements;
    private final Clock clock;
    private final StatusChangeCounts counts;

    BlockingCard(Cards cards, CardAnnouncements announcements, Clock clock, StatusChangeCounts counts) {
        this.cards = cards;
        this.announcements = announcements;
        this.clock = clock;
        this.counts = counts;
    }

    /** @param business the business the orderer acts for; only its own cards (and its sub-units') are found */
    public BlockOutcome block(OrganisationNumber business, CardNumber number, BlockReason reason) {
        if (reason == BlockReason.REPLACED) {
            return new Refused(BlockRefusal.REPLACEMENT_IS_PRODUCTIONS, null);
        }
        BlockOutcome noSuchCard = new Refused(BlockRefusal.NO_SUCH_CARD, null);
        BlockOutcome outcome = cards.change(number, card -> decide(card, business, reason, noSuchCard)).orElse(noSuchCard);
        if (outcome instanceof Blocked(Card blocked)) {
            counts.changed(blocked);
        }
        return outcome;
    }

    private Change<Card, BlockOutcome> decide(Card card, OrganisationNumber business, BlockReason reason,
            BlockOutcome noSuchCard) {
        if (!card.belongsTo(business)) {
            return Change.none(noSuchCard);
        }
        return card.block(reason, clock.instant())
                .map(blocked -> Change.<Card, BlockOutcome>to(blocked, List.of(announcements.statusChanged(blocked)),
                        new Blocked(blocked)))
                .orElseGet(() -> Change.none(new Refused(BlockRefusal.ALREADY_FINAL, card.status())));
    }
}
