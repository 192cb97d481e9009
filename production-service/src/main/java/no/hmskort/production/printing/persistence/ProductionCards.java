package no.hmskort.production.printing.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.messaging.OutboxSource;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.ProductionState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The cards in production: inserted under fresh numbers, changed one document at a time. */
@Component
public class ProductionCards {

    static final String COLLECTION = "production_cards";
    private static final int NUMBER_ATTEMPTS = 20;
    private static final int CHANGE_ATTEMPTS = 10;

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    ProductionCards(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    public boolean existsForLine(UUID lineId) {
        return mongo.exists(new Query(Criteria.where("_id").is(lineId.toString())), ProductionCardDocument.class);
    }

    public Optional<ProductionCard> findByLine(UUID lineId) {
        return Optional.ofNullable(mongo.findById(lineId.toString(), ProductionCardDocument.class))
                .map(ProductionCardDocument::card);
    }

    /**
     * Inserts a new card under a fresh random number; a number already taken is drawn again. Returns
     * empty when the line already has its card (a redelivery, or a concurrent twin).
     */
    public Optional<ProductionCard> insertWithFreshNumber(UUID lineId, Supplier<CardNumber> numbers,
            Function<CardNumber, ProductionCard> card, Function<ProductionCard, List<OutboxMessage>> events) {
        for (int attempt = 0; attempt < NUMBER_ATTEMPTS; attempt++) {
            ProductionCard candidate = card.apply(numbers.get());
            try {
                ProductionCardDocument document = ProductionCardDocument.of(candidate, events.apply(candidate));
                mongo.insert(document);
                nudgeIfPending(document);
                return Optional.of(candidate);
            } catch (DuplicateKeyException e) {
                if (existsForLine(lineId)) {
                    return Optional.empty();
                }
            }
        }
        throw new IllegalStateException("no free card number after " + NUMBER_ATTEMPTS + " draws");
    }

    public Optional<ProductionCardDocument> findByNumber(CardNumber number) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("cardNumber").is(number.value())),
                ProductionCardDocument.class));
    }

    /** The card that carries the chip, if any (a query on exactly the unique index's field). */
    public Optional<CardNumber> holderOfChip(ChipUid chip) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("card.chipUid").is(chip.value())),
                ProductionCardDocument.class)).map(document -> document.card().cardNumber());
    }

    /**
     * Reads the card, lets {@code change} alter it (returning false to leave it as it is), and saves it
     * under optimistic locking; a concurrent change makes it read and try again. So does a save the chip's
     * unique index refuses: another card took the chip since {@code change} looked, and reading again lets
     * it see that. Returns the card as it is afterwards, or empty for an unknown card.
     */
    public Optional<ProductionCard> change(CardNumber number, Predicate<ProductionCardDocument> change) {
        for (int attempt = 0; attempt < CHANGE_ATTEMPTS; attempt++) {
            Optional<ProductionCardDocument> found = findByNumber(number);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            ProductionCardDocument document = found.get();
            if (!change.test(document)) {
                return Optional.of(document.card());
            }
            try {
                mongo.save(document);
                nudgeIfPending(document);
                return Optional.of(document.card());
            } catch (OptimisticLockingFailureException e) {
                // changed meanwhile (a report, a status change, a dispatch): read it again
            } catch (DuplicateKeyException e) {
                // the chip went to another card meanwhile: read again, and the change sees who has it
            }
        }
        throw new OptimisticLockingFailureException("card " + number + " kept changing under " + CHANGE_ATTEMPTS + " attempts");
    }

    public List<ProductionCard> inState(ProductionState state) {
        return cards(new Query(Criteria.where("card.state").is(state.name())).with(Sort.by("cardNumber")));
    }

    /**
     * Cards in the state whose events have all been published (their outbox is empty). Only those are
     * shipped, so a card's {@code CardShipped} never reaches consumers before its {@code CardIssued}.
     */
    public List<ProductionCard> announcedInState(ProductionState state) {
        return cards(new Query(Criteria.where("card.state").is(state.name()).and("outbox.0").exists(false))
                .with(Sort.by("cardNumber")));
    }

    /** Cards the partner printed more than once: each has a stray chip to be destroyed. */
    public List<ProductionCardDocument> withStrayChips() {
        return mongo.find(new Query(Criteria.where("strayChips.0").exists(true)).with(Sort.by("cardNumber")),
                ProductionCardDocument.class);
    }

    public List<ProductionCard> inShipment(UUID shipmentId) {
        return cards(new Query(Criteria.where("card.shipmentId").is(shipmentId)));
    }

    /** Automatic replacements delivered whose old card is not yet announced as replaced. */
    public List<ProductionCard> deliveredReplacementsNotYetAnnounced() {
        return cards(new Query(Criteria.where("card.state").is(ProductionState.DELIVERED.name())
                .and("card.replacement.oldCardReplaced").is(false)));
    }

    /** The next page of cards matching {@code criteria}, in card-number order after {@code afterNumber}. */
    public List<ProductionCard> page(Criteria criteria, String afterNumber, int size) {
        return cards(new Query(new Criteria().andOperator(criteria, Criteria.where("cardNumber").gt(afterNumber)))
                .with(Sort.by("cardNumber")).limit(size));
    }

    private List<ProductionCard> cards(Query query) {
        return mongo.find(query, ProductionCardDocument.class).stream().map(ProductionCardDocument::card).toList();
    }

    private void nudgeIfPending(ProductionCardDocument document) {
        if (!document.outbox.isEmpty()) {
            relay.nudge(COLLECTION, document.lineId);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Outbox {

        @Bean
        OutboxSource productionCardsOutbox() {
            return new OutboxSource(COLLECTION);
        }
    }
}
