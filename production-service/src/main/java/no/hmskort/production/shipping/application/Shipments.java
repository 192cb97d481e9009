package no.hmskort.production.shipping.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.store.Change;
import no.hmskort.production.shipping.model.Shipment;

/** The shipments sent, each with the events of its writes riding along. */
public interface Shipments {

    Optional<Shipment> find(UUID id);

    /** Creates the shipment with its events; false if it already exists (a dispatch finishing what a crash left). */
    boolean create(Shipment shipment, List<OutboxMessage> events);

    /** Changes the shipment as {@code decide} says; empty for an unknown shipment. */
    <R> Optional<R> change(UUID id, Function<Shipment, Change<Shipment, R>> decide);
}
