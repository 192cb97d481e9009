package no.hmskort.order.addresses.model;

/** Where a business wants its cards sent. */
public record DeliveryAddress(String recipient, String street, String postalCode, String city) {
}
