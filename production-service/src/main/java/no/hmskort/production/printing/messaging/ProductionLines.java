package no.hmskort.production.printing.messaging;

import no.hmskort.contracts.events.CardHolder;
import no.hmskort.contracts.events.DeliveryAddress;
import no.hmskort.contracts.events.orders.OrderLineApproved;
import no.hmskort.production.printing.model.ProductionLine;

/** Between the order line on the wire and production's own line, field for field. */
public final class ProductionLines {

    private ProductionLines() {
    }

    /** @param trace the traceparent the approval arrived in */
    public static ProductionLine of(OrderLineApproved line, String trace) {
        return new ProductionLine(line.orderId(), line.lineId(), line.orderingUnit(), line.employer(),
                line.employerName(), line.cardType(), holder(line.holder()), address(line.deliveryAddress()),
                line.orderedAt(), line.photoRef(), line.replacesCard(), trace);
    }

    static ProductionLine.Holder holder(CardHolder holder) {
        return holder == null ? null : new ProductionLine.Holder(holder.person(), holder.name(), holder.birthDate());
    }

    public static ProductionLine.Address address(DeliveryAddress address) {
        return address == null ? null
                : new ProductionLine.Address(address.recipient(), address.street(), address.postalCode(), address.city());
    }

    public static CardHolder holder(ProductionLine.Holder holder) {
        return holder == null ? null : new CardHolder(holder.person(), holder.name(), holder.birthDate());
    }

    public static DeliveryAddress address(ProductionLine.Address address) {
        return address == null ? null
                : new DeliveryAddress(address.recipient(), address.street(), address.postalCode(), address.city());
    }
}
