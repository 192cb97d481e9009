package no.hmskort.contracts.events.printing;

import no.hmskort.contracts.events.Event;

/**
 * What the printer partner reports back: a print job printed or failed (key: card number), and the
 * carrier's confirmation that a shipment was delivered (key: ordering unit).
 */
public sealed interface PrinterReport extends Event permits CardPrinted, PrintFailed, ShipmentDeliveryConfirmed {
}
