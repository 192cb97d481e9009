package no.hmskort.order.ordering.application;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.ordering.model.IdentityCheck;
import no.hmskort.order.ordering.model.LineId;
import no.hmskort.order.ordering.model.LineState;
import no.hmskort.order.ordering.model.LineStateException;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.order.ordering.model.Outcome;
import no.hmskort.order.ordering.model.Refusal;
import no.hmskort.order.ordering.model.Rejection;
import no.hmskort.platform.store.Change;
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

    private final ChangingOrders changing;
    private final JudgingLines judging;
    private final Orders orders;
    private final LineDocuments documents;
    private final Clock clock;

    CheckingIdentity(ChangingOrders changing, JudgingLines judging, Orders orders, LineDocuments documents,
            Clock clock) {
        this.changing = changing;
        this.judging = judging;
        this.orders = orders;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * The holder, logged in through ID-porten on the page their link opens, confirms who they are: accepted
     * only when the login's personal number is the line's.
     */
    public Outcome<OrderLine> confirmedByHolder(OrderId orderId, LineId lineId, PersonId loggedIn, String acr) {
        return change(orderId, lineId, line -> !line.holder().person().equals(loggedIn)
                ? Outcome.refused(Refusal.NOT_THE_CARD_HOLDER, "This card is ordered for someone else: only the "
                        + "holder can confirm their identity with their own login")
                : Outcome.done(line.identityVerified(new IdentityCheck(IdentityCheck.Method.ID_PORTEN, acr,
                        clock.instant())))).map(Step::after);
    }

    /** An operator found photo, ID copy and name in order. */
    public Outcome<OrderLine> approvedByOperator(OrderId orderId, LineId lineId, String operator) {
        return change(orderId, lineId, line -> notAwaitingCheck(line).orElseGet(() -> Outcome.done(line.identityVerified(
                new IdentityCheck(IdentityCheck.Method.OPERATOR, operator, clock.instant()))))).map(Step::after);
    }

    /** An operator refuses the documents: the line is rejected and the document at fault deleted. */
    public Outcome<OrderLine> rejectedByOperator(OrderId orderId, LineId lineId, Rejection.Reason reason, String note) {
        Outcome<Step> outcome = change(orderId, lineId, line -> notAwaitingCheck(line)
                .orElseGet(() -> Outcome.done(line.rejected(new Rejection(reason, note, clock.instant())))));
        if (outcome instanceof Outcome.Done<Step>(Step step)) {
            boolean photo = step.before().photoId() != null && step.after().photoId() == null;
            documents.delete(photo ? step.before().photoId() : step.before().idCopyId());
        }
        return outcome.map(Step::after);
    }

    /** The lines awaiting an operator's check, the longest waiting first, with their orders. */
    public List<Waiting> queue(int limit) {
        return orders.awaitingIdentityCheck(limit).stream()
                .flatMap(order -> order.lines().stream().filter(l -> l.state() == LineState.AWAITING_IDENTITY_CHECK)
                        .map(line -> new Waiting(order, line)))
                .sorted(Comparator.comparing(w -> w.line().identityCheckSince()))
                .limit(limit).toList();
    }

    /** A line in the operator's queue, with its order. */
    public record Waiting(Order order, OrderLine line) {
    }

    /** The line, if it awaits an operator's check: what the operator may look at. */
    public Optional<Waiting> awaiting(OrderId orderId, LineId lineId) {
        return orders.find(orderId).flatMap(order -> order.line(lineId)
                .filter(l -> l.state() == LineState.AWAITING_IDENTITY_CHECK).map(line -> new Waiting(order, line)));
    }

    /** A line before and after a step of the check (after judging). */
    private record Step(OrderLine before, OrderLine after) {
    }

    private Outcome<Step> change(OrderId orderId, LineId lineId, Function<OrderLine, Outcome<OrderLine>> step) {
        Outcome<Step> noLine = Outcome.refused(Refusal.NO_SUCH_LINE, "Order " + orderId + " has no line " + lineId);
        return changing.decide(orderId, order -> {
            Optional<OrderLine> before = order.line(lineId);
            if (before.isEmpty()) {
                return Change.<Order, Outcome<Step>>none(noLine);
            }
            return switch (stepped(before.get(), step)) {
                case Outcome.Refused<OrderLine> refused -> Change.<Order, Outcome<Step>>none(refused.as());
                case Outcome.Done<OrderLine>(OrderLine line) -> {
                    Order after = judging.judge(order.withLine(lineId, l -> line));
                    yield changing.changed(order, after,
                            Outcome.done(new Step(before.get(), after.line(lineId).orElseThrow())));
                }
            };
        }).orElse(noLine);
    }

    /** A line whose check is over refuses the step, by the model's own words. */
    private static Outcome<OrderLine> stepped(OrderLine line, Function<OrderLine, Outcome<OrderLine>> step) {
        try {
            return step.apply(line);
        } catch (LineStateException over) {
            return Outcome.refused(Refusal.IDENTITY_CHECK_NOT_OPEN, over.getMessage());
        }
    }

    /** The refusal of a review for a line not awaiting its identity check; empty when it awaits one. */
    private static Optional<Outcome<OrderLine>> notAwaitingCheck(OrderLine line) {
        return line.state() == LineState.AWAITING_IDENTITY_CHECK ? Optional.empty()
                : Optional.of(Outcome.refused(Refusal.IDENTITY_CHECK_NOT_OPEN, "The line is " + line.state()
                        + ": only a line awaiting its identity check is reviewed"));
    }
}
