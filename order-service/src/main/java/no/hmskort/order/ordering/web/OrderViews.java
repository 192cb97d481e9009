package no.hmskort.order.ordering.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.hmskort.order.addresses.model.DeliveryAddress;
import no.hmskort.order.ordering.model.DocumentKind;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.order.ordering.model.Rejection;
import no.hmskort.registers.duties.UnmetDuty;

/** What the orderer sees: every line's state and reasons; the holder's personal number only masked. */
final class OrderViews {

    private OrderViews() {
    }

    record OrderView(UUID orderId, String orderingUnit, String orderingUnitName, String employer, String employerName,
            String cardType, UUID deliveryAddressId, CopiedAddressView deliveryAddress, Instant placedAt,
            List<LineView> lines) {

        static OrderView of(Order order) {
            return new OrderView(order.orderId().value(), order.orderingUnit().value(), order.orderingUnitName(),
                    order.employer().value(), order.employerName(), order.cardType().name(), order.deliveryAddressId(),
                    CopiedAddressView.of(order.deliveryAddress()), order.placedAt(),
                    order.lines().stream().map(LineView::of).toList());
        }
    }

    /**
     * The address the order copied when it was placed (named apart from the address book's {@code AddressView}: the
     * API document has one schema per name).
     */
    record CopiedAddressView(String recipient, String street, String postalCode, String city) {

        static CopiedAddressView of(DeliveryAddress address) {
            return new CopiedAddressView(address.recipient(), address.street(), address.postalCode(), address.city());
        }
    }

    /**
     * @param nameOnCard the name the card carries: the one in Folkeregisteret where it knows the holder
     * @param unmetDuties every register duty not met (while the line waits)
     * @param idCopy {@code missing}, {@code received} or {@code deleted} (after the card was produced)
     * @param identityCheck {@code ID_PORTEN} or {@code OPERATOR} once the holder's identity is verified, else null
     * @param rejection why the identity check refused the documents, and what to upload again; null if never
     */
    record LineView(UUID lineId, String personId, String name, String nameOnCard, LocalDate birthDate, String state,
            List<UnmetDuty> unmetDuties, boolean photo, String idCopy, String identityCheck, RejectionView rejection,
            Instant awaitingRegistrationSince, String replacesCard, String cardNumber, String closedReason) {

        static LineView of(OrderLine l) {
            return new LineView(l.lineId().value(), l.holder().person().toString(), l.holder().name(), l.nameOnCard(),
                    l.holder().birthDate(), l.state().name(), l.state().isWaiting() ? l.unmet() : List.of(),
                    l.photoId() != null, l.idCopyDeleted() ? "deleted" : l.idCopyId() != null ? "received" : "missing",
                    l.identity() == null ? null : l.identity().method().name(),
                    l.rejection() == null ? null : RejectionView.of(l.rejection()), l.awaitingSince(),
                    l.replacesCard() == null ? null : l.replacesCard().value(),
                    l.cardNumber() == null ? null : l.cardNumber().value(), l.closedReason());
        }
    }

    /** @param uploadAgain {@code photo} or {@code id-copy}: the document the rejection discarded */
    record RejectionView(String reason, String text, String note, String uploadAgain, Instant at) {

        static RejectionView of(Rejection r) {
            return new RejectionView(r.reason().name(), r.reason().text(), r.note(),
                    r.reason().resend() == DocumentKind.PHOTO ? "photo" : "id-copy", r.at());
        }
    }

    /** A page of orders, newest first. */
    record OrderPage(int page, int size, List<OrderView> orders) {
    }
}
