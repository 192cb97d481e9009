package no.hmskort.cardstatus.cards.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.registers.duties.Evaluation;
import no.hmskort.registers.duties.UnmetDuty;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * An issued card and its status: VALID while every register duty is met, INVALID (naming each unmet
 * duty) while one is not, and by itself VALID again when they are met; BLOCKED and EXPIRED for good.
 *
 * @param recheckAfter the last day the current verdict is known to hold (a register end date or the expiry)
 * @param blocked why it is blocked; null when not
 * @param log every change, kept
 */
public record Card(CardNumber cardNumber, ChipUid chipUid, OrganisationNumber orderingUnit, OrganisationNumber employer,
        String employerName, String cardType, Holder holder, LocalDate issuedOn, LocalDate expiresOn,
        CardStatus status, List<UnmetDuty> unmet, LocalDate recheckAfter, BlockReason blocked,
        List<StatusLogEntry> log) {

    public Card {
        unmet = List.copyOf(unmet);
        log = List.copyOf(log);
    }

    /** Whether the card is the business's: printed for it as employer, or ordered by it as a sub-unit. */
    public boolean belongsTo(OrganisationNumber business) {
        return employer.equals(business) || orderingUnit.equals(business);
    }

    /** Whether the stored verdict may be stale on {@code today} (a register end date or the expiry passed). */
    public boolean needsRecheckOn(LocalDate today) {
        return !status.isFinal() && (today.isAfter(expiresOn) || (recheckAfter != null && today.isAfter(recheckAfter)));
    }

    /** Whether access control must hear of this card: its status or its unmet duties differ from {@code before}. */
    public boolean isNewsAfter(Card before) {
        return status != before.status || !unmet.equals(before.unmet);
    }

    /**
     * Why the card stands where it does, as a short code for counting: how it was blocked, that it expired, the
     * first duty it does not meet, or that it meets them all.
     */
    public String standingReason() {
        if (blocked != null) {
            return "blocked-" + blocked.name().toLowerCase(java.util.Locale.ROOT);
        }
        if (status == CardStatus.EXPIRED) {
            return "expired";
        }
        return unmet.isEmpty() ? "duties-met" : unmet.getFirst().duty();
    }

    public List<String> reasons() {
        return unmet.stream().map(UnmetDuty::reason).toList();
    }

    /** The card judged against today's facts; the same card when nothing changed. */
    public Card judged(Evaluation evaluation, LocalDate today, Instant at) {
        if (status.isFinal()) {
            return this;
        }
        if (today.isAfter(expiresOn)) {
            return with(CardStatus.EXPIRED, List.of(), null, blocked,
                    new StatusLogEntry(at, "EXPIRED", CardStatus.EXPIRED, "issued for two years, until " + expiresOn));
        }
        CardStatus verdict = evaluation.allMet() ? CardStatus.VALID : CardStatus.INVALID;
        LocalDate recheck = evaluation.recheckAfter() == null || evaluation.recheckAfter().isAfter(expiresOn)
                ? expiresOn : evaluation.recheckAfter();
        if (verdict == status && evaluation.unmet().equals(unmet)) {
            return recheck.equals(recheckAfter) ? this
                    : new Card(cardNumber, chipUid, orderingUnit, employer, employerName, cardType, holder, issuedOn,
                            expiresOn, status, unmet, recheck, blocked, log);
        }
        String detail = verdict == CardStatus.VALID ? "every register duty is met"
                : evaluation.unmet().stream().map(UnmetDuty::reason).collect(Collectors.joining("; "));
        return with(verdict, evaluation.unmet(), recheck, blocked,
                new StatusLogEntry(at, "VALIDITY_CHANGED", verdict, detail));
    }

    /** Blocked for good; empty when the card is already blocked or expired, which nothing changes. */
    public Optional<Card> block(BlockReason reason, Instant at) {
        return block(reason, at, "reported " + reason.name().toLowerCase());
    }

    /** Blocked for good with the given explanation in the log; empty when already blocked or expired. */
    public Optional<Card> block(BlockReason reason, Instant at, String detail) {
        if (status.isFinal()) {
            return Optional.empty();
        }
        return Optional.of(with(CardStatus.BLOCKED, unmet, null, reason,
                new StatusLogEntry(at, "BLOCKED", CardStatus.BLOCKED, detail)));
    }

    /** The card without its status log, which only the employer's log view reads: what the checks keep in memory. */
    public Card withoutLog() {
        return log.isEmpty() ? this : new Card(cardNumber, chipUid, orderingUnit, employer, employerName, cardType,
                holder, issuedOn, expiresOn, status, unmet, recheckAfter, blocked, List.of());
    }

    /** Whether the log already has this event with this detail: a redelivered journey event adds nothing. */
    public boolean hasLogged(String event, String detail) {
        return log.stream().anyMatch(e -> e.event().equals(event) && e.detail().equals(detail));
    }

    public Card logged(StatusLogEntry entry) {
        List<StatusLogEntry> longer = new ArrayList<>(log);
        longer.add(entry);
        return new Card(cardNumber, chipUid, orderingUnit, employer, employerName, cardType, holder, issuedOn, expiresOn,
                status, unmet, recheckAfter, blocked, longer);
    }

    private Card with(CardStatus newStatus, List<UnmetDuty> newUnmet, LocalDate recheck, BlockReason block,
            StatusLogEntry entry) {
        return new Card(cardNumber, chipUid, orderingUnit, employer, employerName, cardType, holder, issuedOn, expiresOn,
                newStatus, newUnmet, recheck, block, log).logged(entry);
    }
}
