package no.hmskort.order.ordering.model.checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.addresses.model.AddressEntry;
import no.hmskort.order.ordering.model.CardType;
import no.hmskort.order.ordering.model.DuplicateRule.CardOnRecord;
import no.hmskort.registers.model.BusinessFacts;

/**
 * Everything the order checks judge: the request, and what the registers and our own records say about it,
 * gathered before any check runs so that every check is a pure function.
 *
 * @param unit the ordering unit's register facts
 * @param employer its main unit's (the unit itself when it is a main unit)
 * @param address the delivery address the request names, if it exists at all
 */
public record OrderFacts(OrganisationNumber orderingUnit, CardType cardType, UUID deliveryAddressId,
        List<LineFacts> lines, BusinessFacts unit, BusinessFacts employer, Optional<AddressEntry> address,
        LocalDate today) {

    public OrderFacts {
        lines = List.copyOf(lines);
    }

    /**
     * One requested line with the records of its person at the business.
     *
     * @param openLineExists the person already has an open line of this type at the business
     * @param alreadyReplaced a known card or an open line already replaces {@code replacesCard}
     * @param cards every card on record for the person at the business
     */
    public record LineFacts(PersonId person, CardNumber replacesCard, boolean openLineExists, boolean alreadyReplaced,
            List<CardOnRecord> cards) {
    }
}
