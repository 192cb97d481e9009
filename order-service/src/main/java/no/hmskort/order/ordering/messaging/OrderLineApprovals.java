package no.hmskort.order.ordering.messaging;

import java.util.List;
import no.hmskort.contracts.events.CardHolder;
import no.hmskort.contracts.events.DeliveryAddress;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.orders.OrderLineApproved;
import no.hmskort.order.ordering.OrderingProperties;
import no.hmskort.order.ordering.application.OrderAnnouncements;
import no.hmskort.order.ordering.model.LineState;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.platform.messaging.Outbox;
import no.hmskort.platform.messaging.OutboxMessage;
import org.springframework.stereotype.Component;

/** Each line a change approves, as {@code OrderLineApproved} for production, with the photo's reference. */
@Component
class OrderLineApprovals implements OrderAnnouncements {

    private final Outbox outbox;
    private final String photoBase;

    OrderLineApprovals(Outbox outbox, OrderingProperties properties) {
        this.outbox = outbox;
        this.photoBase = properties.publicBaseUrl() + "/api/partner/photos/";
    }

    @Override
    public List<OutboxMessage> of(Order before, Order after) {
        List<OrderLine> approved = before == null
                ? after.lines().stream().filter(l -> l.state() == LineState.APPROVED).toList()
                : after.approvedSince(before);
        return approved.stream().map(line -> outbox.message(Topics.ORDERS, approved(after, line))).toList();
    }

    private OrderLineApproved approved(Order order, OrderLine line) {
        var holder = line.holderOnCard();
        var address = order.deliveryAddress();
        return new OrderLineApproved(order.orderId().value(), line.lineId().value(), order.orderingUnit(),
                order.employer(), order.employerName(), order.cardType().name(),
                new CardHolder(holder.person(), holder.name(), holder.birthDate()),
                new DeliveryAddress(address.recipient(), address.street(), address.postalCode(), address.city()),
                order.placedAt(), photoBase + line.photoId(), line.replacesCard());
    }
}
