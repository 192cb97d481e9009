package no.hmskort.order.ordering.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.addresses.model.DeliveryAddress;
import no.hmskort.order.ordering.model.CardType;
import no.hmskort.order.ordering.model.Holder;
import no.hmskort.order.ordering.model.IdentityCheck;
import no.hmskort.order.ordering.model.LineId;
import no.hmskort.order.ordering.model.LineState;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.order.ordering.model.Rejection;
import no.hmskort.registers.duties.UnmetDuty;

/**
 * An order as it sits in its document: the model's fields under the model's names, with the ids as BSON
 * UUIDs and the card type as its name, the shape orders were stored in before the model had types for them,
 * so every stored order reads as it did. A new field of {@link Order} or {@link OrderLine} is added here too.
 */
record StoredOrder(
        UUID orderId,
        OrganisationNumber orderingUnit,
        String orderingUnitName,
        OrganisationNumber employer,
        String employerName,
        String cardType,
        UUID deliveryAddressId,
        DeliveryAddress deliveryAddress,
        PersonId placedBy,
        Instant placedAt,
        List<StoredLine> lines) {

    static StoredOrder of(Order o) {
        return o == null ? null : new StoredOrder(o.orderId().value(), o.orderingUnit(), o.orderingUnitName(),
                o.employer(), o.employerName(), o.cardType().name(), o.deliveryAddressId(), o.deliveryAddress(),
                o.placedBy(), o.placedAt(), o.lines().stream().map(StoredLine::of).toList());
    }

    Order model() {
        return new Order(new OrderId(orderId), orderingUnit, orderingUnitName, employer, employerName,
                CardType.of(cardType), deliveryAddressId, deliveryAddress, placedBy, placedAt,
                lines.stream().map(StoredLine::model).toList());
    }

    record StoredLine(
            UUID lineId,
            Holder holder,
            String registeredName,
            LineState state,
            String photoId,
            String idCopyId,
            boolean idCopyDeleted,
            List<UnmetDuty> unmet,
            Instant awaitingSince,
            IdentityCheck identity,
            Instant identityCheckSince,
            Rejection rejection,
            CardNumber replacesCard,
            CardNumber cardNumber,
            String closedReason) {

        static StoredLine of(OrderLine l) {
            return new StoredLine(l.lineId().value(), l.holder(), l.registeredName(), l.state(), l.photoId(),
                    l.idCopyId(), l.idCopyDeleted(), l.unmet(), l.awaitingSince(), l.identity(), l.identityCheckSince(),
                    l.rejection(), l.replacesCard(), l.cardNumber(), l.closedReason());
        }

        OrderLine model() {
            return new OrderLine(new LineId(lineId), holder, registeredName, state, photoId, idCopyId, idCopyDeleted,
                    unmet, awaitingSince, identity, identityCheckSince, rejection, replacesCard, cardNumber,
                    closedReason);
        }
    }
}
