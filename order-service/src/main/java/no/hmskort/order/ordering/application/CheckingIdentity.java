package no.hmskort.order.ordering.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.ordering.model.IdentityCheck;
import no.hmskort.order.ordering.model.LineState;
import no.hmskort.order.ordering.model.LineStateException;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.order.ordering.model.Rejection;
import no.hmskort.order.ordering.persistence.OrderDocument;
import no.hmskort.order.ordering.persistence.Orders;
import no.hmskort.order.uploads.DocumentStore;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The issuer verifies the holder's identity before a card is printed (building sites regulation § 6,
 * cleaning regulation § 10), in one of two ways: the holder logs in with ID-porten on the upload page as the
 * person the line is for, or an operator compares photo, ID copy and name and approves or rejects. Either
 * way the line is judged again in the same write, so a verified line with its documents and duties in order
 * goes to production at once.
 */
@Service
public class CheckingIdentity {

    public static final ProblemType NOT_THE_HOLDER = ProblemType.of("not-the-card-holder", HttpStatus.FORBIDDEN,
            "The person logged in is not the person this card is ordered for");
    public static final ProblemType IDENTITY_CHECK_OVER = ProblemType.of("identity-check-not-open",
            HttpStatus.CONFLICT, "The line is not awaiting an identity check");

    private final ChangingOrders changing;
    private final JudgingLines judging;
    private final Orders orders;
    private final DocumentStore store;
    private final Clock clock;

    CheckingIdentity(ChangingOrders changing, JudgingLines judging, Orders orders, DocumentStore store, Clock clock) {
        this.changing = changing;
        this.judging = judging;
        this.orders = orders;
        this.store = store;
        this.clock = clock;
    }

    /**
     * The holder, logged in through ID-porten on the page their link opens, confirms who they are: accepted
     * only when the login's personal number is the line's.
     */
    public OrderLine confirmedByHolder(UUID orderId, UUID lineId, PersonId loggedIn, String acr) {
        return change(orderId, lineId, line -> {
            if (!line.holder().person().equals(loggedIn)) {
                throw new ApiProblem(NOT_THE_HOLDER, "This card is ordered for someone else: only the holder can "
                        + "confirm their identity with their own login");
            }
            return line.identityVerified(new IdentityCheck(IdentityCheck.Method.ID_PORTEN, acr, clock.instant()));
        });
    }

    /** An operator found photo, ID copy and name in order. */
    public OrderLine approvedByOperator(UUID orderId, UUID lineId, String operator) {
        return change(orderId, lineId, line -> {
            requireAwaitingCheck(line);
            return line.identityVerified(new IdentityCheck(IdentityCheck.Method.OPERATOR, operator, clock.instant()));
        });
    }

    /** An operator refuses the documents: the line is rejected and the document at fault deleted. */
    public OrderLine rejectedByOperator(UUID orderId, UUID lineId, Rejection.Reason reason, String note) {
        String[] discarded = new String[1];
        OrderLine rejected = change(orderId, lineId, line -> {
            requireAwaitingCheck(line);
            OrderLine after = line.rejected(new Rejection(reason, note, clock.instant()));
            discarded[0] = line.photoId() != null && after.photoId() == null ? line.photoId() : line.idCopyId();
            return after;
        });
        store.delete(discarded[0]);
        return rejected;
    }

    /** The lines awaiting an operator's check, the longest waiting first, with their orders. */
    public List<Waiting> queue(int limit) {
        return orders.awaitingIdentityCheck(limit).stream().map(OrderDocument::order)
                .flatMap(order -> order.lines().stream().filter(l -> l.state() == LineState.AWAITING_IDENTITY_CHECK)
                        .map(line -> new Waiting(order, line)))
                .sorted(java.util.Comparator.comparing(w -> w.line().identityCheckSince()))
                .limit(limit).toList();
    }

    /** A line in the operator's queue, with its order. */
    public record Waiting(Order order, OrderLine line) {
    }

    /** The line, if it awaits an operator's check: what the operator may look at. */
    public Waiting awaiting(UUID orderId, UUID lineId) {
        Order order = orders.find(orderId).map(OrderDocument::order).orElseThrow(() -> noLine(orderId, lineId));
        OrderLine line = order.line(lineId).filter(l -> l.state() == LineState.AWAITING_IDENTITY_CHECK)
                .orElseThrow(() -> noLine(orderId, lineId));
        return new Waiting(order, line);
    }

    private OrderLine change(UUID orderId, UUID lineId, java.util.function.UnaryOperator<OrderLine> step) {
        Order after;
        try {
            after = changing.change(orderId, order -> {
                if (order.line(lineId).isEmpty()) {
                    throw noLine(orderId, lineId);
                }
                return judging.judge(order.withLine(lineId, step));
            }).orElseThrow(() -> noLine(orderId, lineId));
        } catch (LineStateException e) {
            throw new ApiProblem(IDENTITY_CHECK_OVER, e.getMessage());
        }
        return after.line(lineId).orElseThrow();
    }

    private static void requireAwaitingCheck(OrderLine line) {
        if (line.state() != LineState.AWAITING_IDENTITY_CHECK) {
            throw new ApiProblem(IDENTITY_CHECK_OVER, "The line is " + line.state()
                    + ": only a line awaiting its identity check is reviewed");
        }
    }

    private static ApiProblem noLine(UUID orderId, UUID lineId) {
        return new ApiProblem(ProblemType.NOT_FOUND, "Order " + orderId + " has no line " + lineId);
    }
}
