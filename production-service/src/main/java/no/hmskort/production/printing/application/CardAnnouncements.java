package no.hmskort.production.printing.application;

import java.time.Instant;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.production.printing.model.ProductionCard;

/** What production tells the printer partner and the other services about a card, as outbox messages. */
public interface CardAnnouncements {

    /** The print job for a card dated for it: its number, the line's § 7 content, its issue and expiry dates. */
    OutboxMessage printJob(ProductionCard card);

    /** The card exists, printed with its chip. */
    OutboxMessage issued(ProductionCard card);

    /** The old card is replaced by another (card status blocks it). */
    OutboxMessage replaced(CardNumber old, CardNumber by, String reason, Instant at);
}
