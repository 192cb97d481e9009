package no.hmskort.production.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.platform.store.Change;
import no.hmskort.production.ProductionServiceApplication;
import no.hmskort.production.printing.application.ProductionCards;
import no.hmskort.production.printing.model.CardRecord;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.ProductionState;
import no.hmskort.production.printing.model.TestCards;
import no.hmskort.testsupport.TestIdentifiers;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A card stored before production kept a line of its own (the order line as it came, the status as a
 * string, the document class of its time) reads as it was, and a change writes the same fields back.
 */
@SpringBootTest(classes = ProductionServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + ProductionServiceApplication.CONFIG_NAME,
            "hmskort.production.dispatch-interval=PT1H", "hmskort.production.replaced-card-check-interval=PT1H",
            "hmskort.production.replaced-card-grace=PT0S"})
class StoredBeforeTest {

    @Autowired
    ProductionCards cards;
    @Autowired
    MongoTemplate mongo;

    @Test
    void a_card_stored_in_the_earlier_shape_reads_and_changes_in_the_same_fields() {
        UUID lineId = UUID.randomUUID();
        UUID report = UUID.randomUUID();
        CardNumber number = CardNumber.random(TestCards.RANDOM);
        ChipUid chip = TestCards.aChip();
        var unit = TestIdentifiers.anOrganisationNumber();
        var person = TestIdentifiers.aPerson();
        Document line = new Document("orderId", UUID.randomUUID()).append("lineId", lineId)
                .append("orderingUnit", unit.value()).append("employer", unit.value())
                .append("employerName", "Byggmester Hansen AS").append("cardType", "construction")
                .append("holder", new Document("person", person.value()).append("name", "Ola Nordmann")
                        .append("birthDate", java.util.Date.from(Instant.parse("1990-05-17T00:00:00Z"))))
                .append("deliveryAddress", new Document("recipient", "Byggmester Hansen AS").append("street", "Storgata 1")
                        .append("postalCode", "0155").append("city", "Oslo"))
                .append("orderedAt", java.util.Date.from(Instant.parse("2026-11-01T10:00:00Z")))
                .append("photoRef", "https://order.hmskort.no/api/photos/x");
        Document card = new Document("cardNumber", number.value()).append("line", line).append("state", "PRINTED")
                .append("printAttempts", 1).append("automaticRetriesLeft", 2).append("chipUid", chip.value())
                .append("chipBatch", "LOT-OLD").append("issuedOn", java.util.Date.from(Instant.parse("2026-11-02T00:00:00Z")))
                .append("expiresOn", java.util.Date.from(Instant.parse("2028-11-02T00:00:00Z")))
                .append("cardStatus", "BLOCKED").append("cardStatusAt", java.util.Date.from(Instant.now()));
        mongo.getCollection("production_cards").insertOne(new Document("_id", lineId.toString()).append("version", 0L)
                .append("cardNumber", number.value()).append("card", card)
                .append("applied", new Document("ids", List.of(report.toString())))
                .append("strayChips", List.of()).append("outbox", List.of())
                .append("_class", "no.hmskort.production.printing.persistence.ProductionCardDocument"));

        CardRecord read = cards.findByNumber(number).orElseThrow();
        assertThat(read.card().line().lineId()).isEqualTo(lineId);
        assertThat(read.card().line().holder().person()).isEqualTo(person);
        assertThat(read.card().line().deliveryAddress().city()).isEqualTo("Oslo");
        assertThat(read.card().cardStatus()).isEqualTo(CardStatus.BLOCKED);
        assertThat(read.card().state()).isEqualTo(ProductionState.PRINTED);
        assertThat(read.applied(report)).isTrue();

        ProductionCard changed = cards.change(number, c -> Change.to(c.inShipment(UUID.randomUUID()), List.of()))
                .orElseThrow();
        Document stored = mongo.getCollection("production_cards").find(new Document("_id", lineId.toString())).first();
        Document storedCard = stored.get("card", Document.class);
        assertThat(storedCard.getString("cardStatus")).isEqualTo("BLOCKED");
        assertThat(storedCard.get("line", Document.class).get("lineId")).isEqualTo(lineId);
        assertThat(storedCard.get("line", Document.class).get("holder", Document.class).getString("person"))
                .isEqualTo(person.value());
        assertThat(storedCard.getString("chipUid")).isEqualTo(chip.value());
        assertThat(stored.getLong("version")).isEqualTo(1L);
        assertThat(stored.get("applied", Document.class).getList("ids", String.class)).containsExactly(report.toString());
        assertThat(changed.shipmentId()).isNotNull();
        assertThat(cards.findByLine(lineId).orElseThrow().line().orderedAt()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(cards.findByLine(lineId).orElseThrow().issuedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
    }
}
