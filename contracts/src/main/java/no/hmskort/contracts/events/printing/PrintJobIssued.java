package no.hmskort.contracts.events.printing;

import java.time.LocalDate;
import no.hmskort.contracts.events.DeliveryAddress;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * One card to print, with everything regulation § 7 puts on it: employer's name and organisation
 * number (the main unit), holder's name, photo and date of birth, issue date, card number, issuer.
 * No personal number: it is not printed, so the partner does not get it.
 *
 * @param photoRef where the partner fetches the photo with its client token; null until uploads exist
 */
@EventType(name = "PrintJobIssued", version = 1)
public record PrintJobIssued(
        CardNumber cardNumber,
        String cardType,
        String holderName,
        LocalDate holderBirthDate,
        String employerName,
        OrganisationNumber employerOrgnr,
        LocalDate issueDate,
        LocalDate expiryDate,
        String issuer,
        String photoRef,
        DeliveryAddress deliveryAddress) implements PrintJobEvent {
}
