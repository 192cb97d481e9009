package no.hmskort.cardstatus.cards.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.cardstatus.cards.model.CardStatus;
import no.hmskort.cardstatus.cards.model.StatusLogEntry;
import no.hmskort.registers.duties.UnmetDuty;

/** What each audience sees of a card. None of them carries a personal number or a photo. */
final class CardViews {

    private CardViews() {
    }

    /** For anyone at a site gate: enough to match the person in front of you. */
    record PublicCard(String cardNumber, boolean valid, CardStatus status, String holderName, String employerName,
            String employerOrgnr, String cardType, LocalDate expiresOn, List<String> reasons) {

        static PublicCard of(Card card) {
            return new PublicCard(card.cardNumber().value(), card.status() == CardStatus.VALID, card.status(),
                    card.holder().name(), card.employerName(), card.employer().value(), card.cardType(),
                    card.expiresOn(), card.reasons());
        }
    }

    /** For the employer: each unmet duty with its register and provision, so the cause can be fixed. */
    record EmployerCard(String cardNumber, CardStatus status, String holderName, LocalDate holderBirthDate,
            String orderingUnit, String cardType, LocalDate issuedOn, LocalDate expiresOn, String blocked,
            List<UnmetDuty> unmetDuties) {

        static EmployerCard of(Card card) {
            return new EmployerCard(card.cardNumber().value(), card.status(), card.holder().name(),
                    card.holder().birthDate(), card.orderingUnit().value(), card.cardType(), card.issuedOn(),
                    card.expiresOn(), card.blocked() == null ? null : card.blocked().name(), card.unmet());
        }
    }

    record LogLine(Instant at, String event, CardStatus status, String detail) {

        static LogLine of(StatusLogEntry entry) {
            return new LogLine(entry.at(), entry.event(), entry.status(), entry.detail());
        }
    }
}
