package no.hmskort.cardstatus.cards.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.cardstatus.cards.model.StatusLogEntry;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.registers.duties.UnmetDuty;

/** What each audience sees of a card. None of them carries a personal number or a photo. */
final class CardViews {

    private CardViews() {
    }

    /**
     * For anyone, without login: valid or not, and enough to match the person in front of you. An invalid
     * card says only a category that tells nothing about the holder as a person: which permit, D-number or
     * employment end date is at issue is for the employer and authenticated gates.
     *
     * @param notice why the card is not valid, as a category; null for a valid card
     */
    record PublicCard(String cardNumber, boolean valid, CardStatus status, String holderName, String employerName,
            String employerOrgnr, String cardType, LocalDate expiresOn, String notice) {

        static PublicCard of(Card card) {
            return new PublicCard(card.cardNumber().value(), card.status() == CardStatus.VALID, card.status(),
                    card.holder().name(), card.employerName(), card.employer().value(), card.cardType(),
                    card.expiresOn(), notice(card.status()));
        }

        static String notice(CardStatus status) {
            return switch (status) {
                case VALID -> null;
                case ISSUED -> "the card is not yet checked against the registers";
                case INVALID -> "the employer's registrations are incomplete";
                case BLOCKED -> "blocked";
                case EXPIRED -> "expired";
            };
        }
    }

    /**
     * For gates and site registers with a client token: the public answer and each unmet duty, with its
     * register and provision, so the site can tell the worker what to have fixed.
     */
    record GateCard(String cardNumber, String chipUid, boolean valid, CardStatus status, String holderName,
            String employerName, String employerOrgnr, String cardType, LocalDate expiresOn, String notice,
            List<UnmetDuty> unmetDuties) {

        static GateCard of(Card card) {
            return new GateCard(card.cardNumber().value(), card.chipUid() == null ? null : card.chipUid().value(),
                    card.status() == CardStatus.VALID, card.status(), card.holder().name(), card.employerName(),
                    card.employer().value(), card.cardType(), card.expiresOn(), PublicCard.notice(card.status()),
                    card.unmet());
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
