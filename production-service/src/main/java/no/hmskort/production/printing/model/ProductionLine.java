package no.hmskort.production.printing.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;

/**
 * What production needs to make one card: the approved order line as it arrived, or for an automatic
 * replacement a line production made itself. Its fields keep the names of the order line they come from,
 * so the cards stored before production had a line of its own read the same.
 *
 * @param orderingUnit the (sub-)unit that ordered and is invoiced
 * @param employer the main unit, whose name and number are printed on the card
 * @param orderedAt when the order was placed: the price in force then applies
 * @param photoRef where the printer partner fetches the holder's photo; null for lines from before uploads
 * @param replacesCard the card this line replaces, or null for a first card
 * @param trace the W3C traceparent of the order line's approval, which the card's events continue; null for
 *     lines from before it was kept
 */
public record ProductionLine(
        UUID orderId,
        UUID lineId,
        OrganisationNumber orderingUnit,
        OrganisationNumber employer,
        String employerName,
        String cardType,
        Holder holder,
        Address deliveryAddress,
        Instant orderedAt,
        String photoRef,
        CardNumber replacesCard,
        String trace) {

    /** The person the card is for; the personal number never leaves production except in event payloads. */
    public record Holder(PersonId person, String name, LocalDate birthDate) {
    }

    /** Where the business wants its cards sent. */
    public record Address(String recipient, String street, String postalCode, String city) {
    }
}
