package no.hmskort.production.shipping.application;

import java.time.Duration;
import no.hmskort.platform.jobs.Leases;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.platform.store.Change;
import no.hmskort.platform.time.Norway;
import no.hmskort.production.printing.application.ProductionCards;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.ProductionState;
import no.hmskort.production.shipping.model.PostageTable;
import no.hmskort.production.shipping.model.Shipment;
import no.hmskort.production.shipping.model.ShipmentGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Sends the printed cards: grouped per {@link ShipmentGroup} into shipments with postage from the table.
 *
 * <p>Three steps, each a single-document write, each safe to repeat: (1) every card of a group is
 * claimed for a new shipment id on the card itself (a card already claimed stays where it is, so no
 * card joins two shipments and none is lost to a concurrent report); (2) the shipment document is
 * created from the cards claimed for it, with {@code ShipmentSent} and every {@code CardShipped} in its
 * outbox; (3) the cards the shipment document lists are marked shipped. A run interrupted between steps
 * is finished by the next, which starts with cards claimed but not yet shipped. The lock only orders the
 * runs of one instance: another instance may create the shipment from the cards claimed so far, so a
 * card claimed for it that the document does not list is released in step 3, and the next run ships it.
 */
@Service
public class DispatchingShipments {

    private static final Logger log = LoggerFactory.getLogger(DispatchingShipments.class);

    private final ProductionCards cards;
    private final Shipments shipments;
    private final ShipmentAnnouncements announcements;
    private final Clock clock;
    private final PostageTable postage;
    private final ReentrantLock running = new ReentrantLock();
    private final Leases leases;

    public DispatchingShipments(ProductionCards cards, Shipments shipments, ShipmentAnnouncements announcements, Clock clock,
            ShippingSettings settings, Leases leases) {
        this.cards = cards;
        this.leases = leases;
        this.shipments = shipments;
        this.announcements = announcements;
        this.clock = clock;
        this.postage = settings.postageTable();
    }

    @Scheduled(fixedDelayString = "${hmskort.production.dispatch-interval}",
            initialDelayString = "${hmskort.production.dispatch-interval}")
    public boolean scheduled() {
        // safe on two replicas at once (claims are per card), but one dispatcher makes fewer, fuller shipments
        return leases.runExclusively("dispatch", Duration.ofMinutes(5), lease -> dispatch());
    }

    /** Sends every printed card that is not yet in a shipment; returns the shipments this run sent. */
    public List<Shipment> dispatch() {
        running.lock();
        try {
            Set<UUID> claimedEarlier = new LinkedHashSet<>();
            for (ProductionCard card : cards.inState(ProductionState.PRINTED)) {
                if (card.shipmentId() != null) {
                    claimedEarlier.add(card.shipmentId());
                }
            }
            // A card joins a new shipment only once its CardIssued is out, so nothing downstream hears of
            // the shipment before the card itself.
            Map<ShipmentGroup, List<ProductionCard>> groups = new LinkedHashMap<>();
            for (ProductionCard card : cards.announcedInState(ProductionState.PRINTED)) {
                if (card.shipmentId() == null) {
                    groups.computeIfAbsent(ShipmentGroup.of(card), g -> new ArrayList<>()).add(card);
                }
            }
            List<Shipment> sent = new ArrayList<>();
            claimedEarlier.forEach(id -> send(id, null).ifPresent(sent::add));
            groups.forEach((group, members) -> {
                UUID id = UUID.randomUUID();
                members.forEach(card -> claim(card, id));
                send(id, group).ifPresent(sent::add);
            });
            if (!sent.isEmpty()) {
                log.info("Dispatched {} shipments with {} cards", sent.size(),
                        sent.stream().mapToInt(s -> s.cards().size()).sum());
            }
            return sent;
        } finally {
            running.unlock();
        }
    }

    private void claim(ProductionCard card, UUID shipmentId) {
        cards.change(card.cardNumber(), current -> {
            if (current.state() != ProductionState.PRINTED || current.shipmentId() != null) {
                return Change.<ProductionCard, ProductionCard>none(current);
            }
            return Change.to(current.inShipment(shipmentId), List.of());
        });
    }

    private Optional<Shipment> send(UUID shipmentId, ShipmentGroup expected) {
        List<ProductionCard> members = cards.inShipment(shipmentId);
        if (members.isEmpty()) {
            return Optional.empty();
        }
        Shipment shipment = shipments.find(shipmentId).orElse(null);
        boolean created = false;
        if (shipment == null) {
            ShipmentGroup group = expected != null ? expected : ShipmentGroup.of(members.getFirst());
            shipment = Shipment.sent(shipmentId, group, members, Norway.today(clock), postage);
            created = shipments.create(shipment, announcements.sent(shipment));
        }
        LocalDate sentOn = shipment.sentOn();
        Set<CardNumber> inDocument = shipment.cards().stream().map(Shipment.ShippedCard::cardNumber)
                .collect(Collectors.toSet());
        members.forEach(card -> cards.change(card.cardNumber(), current -> {
            if (current.state() != ProductionState.PRINTED || !shipmentId.equals(current.shipmentId())) {
                return Change.<ProductionCard, ProductionCard>none(current);
            }
            return Change.to(inDocument.contains(current.cardNumber()) ? current.shipped(sentOn)
                    : current.leftOutOf(shipmentId), List.of());
        }));
        return created ? Optional.of(shipment) : Optional.empty();
    }
}
