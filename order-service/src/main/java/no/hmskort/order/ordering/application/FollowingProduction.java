package no.hmskort.order.ordering.application;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.order.ordering.model.OrderLine;
import org.springframework.stereotype.Service;

/**
 * An order line follows its card through production (printed with its number, shipped, delivered), and the
 * ID copy is deleted once the card exists. Card status tells which cards are active and which blocked (for
 * the duplicate rule and reorders). Every step is naturally idempotent.
 */
@Service
public class FollowingProduction {

    private final ChangingOrders changing;
    private final Orders orders;
    private final KnownCards cards;
    private final LineDocuments documents;

    FollowingProduction(ChangingOrders changing, Orders orders, KnownCards cards, LineDocuments documents) {
        this.changing = changing;
        this.orders = orders;
        this.cards = cards;
        this.documents = documents;
    }

    /** The card made for a line was printed. */
    public void issued(KnownCards.Issued card) {
        cards.issued(card);
        OrderId orderId = card.orderId();
        // the file goes before the reference: a crash in between is healed by the redelivery, never an orphan
        // file; and only the reference to the file deleted is removed, so an ID copy that arrived in between
        // (a line with its card made takes none today) would keep its reference and be deleted next time
        Optional<String> deleted = orders.find(orderId).flatMap(order -> order.line(card.lineId()))
                .map(OrderLine::idCopyId);
        deleted.ifPresent(documents::delete);
        changing.change(orderId, order -> order.withLine(card.lineId(), line -> {
            OrderLine printed = line.printed(card.card());
            return Objects.equals(line.idCopyId(), deleted.orElse(null)) ? printed.idCopyRemoved() : printed;
        }));
    }

    public void shipped(CardNumber card) {
        onLineOf(card, OrderLine::shipped);
    }

    public void delivered(CardNumber card) {
        onLineOf(card, OrderLine::delivered);
    }

    /** Blocked and expired are final: a late or repeated status never brings such a card back. */
    public void statusChanged(CardNumber card, CardStatus status) {
        if (cards.status(card).map(CardStatus::isFinal).orElse(false)) {
            return;
        }
        cards.status(card, status);
    }

    private void onLineOf(CardNumber card, UnaryOperator<OrderLine> step) {
        cards.lineOf(card).ifPresent(l -> changing.change(l.orderId(), order -> order.withLine(l.lineId(), step)));
    }
}
