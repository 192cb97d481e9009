package no.hmskort.contracts.events;

/** Where a business wants its cards sent. */
public record DeliveryAddress(String recipient, String street, String postalCode, String city) {
}
