package no.hmskort.registers.duties;

import no.hmskort.registers.model.BusinessFacts;
import no.hmskort.registers.model.PersonFacts;
import no.hmskort.contracts.ids.PersonId;

/**
 * Everything a card's validity is judged on: its type, its holder, the unit that ordered it (where the
 * holder works), the main unit printed on it, and what the registers say about each.
 */
public record CardFacts(String cardType, PersonId holder, BusinessFacts orderingUnit, BusinessFacts mainUnit,
        PersonFacts person) {

    public static final String CLEANING = "cleaning";
    public static final String CAR_CARE = "car-care";

    public boolean isCleaningCard() {
        return CLEANING.equals(cardType);
    }

    public boolean isCarCareCard() {
        return CAR_CARE.equals(cardType);
    }
}
