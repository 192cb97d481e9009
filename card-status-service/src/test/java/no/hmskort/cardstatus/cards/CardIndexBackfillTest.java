package no.hmskort.cardstatus.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.cardstatus.CardStatusServiceApplication;
import no.hmskort.cardstatus.cards.application.Cards;
import no.hmskort.cardstatus.cards.persistence.CardDocument;
import no.hmskort.cardstatus.cards.persistence.CardIndexBackfill;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.cardstatus.cards.model.Holder;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.testsupport.TestIdentifiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Through the Mongo wire protocol, in the same context as the other card-status tests. */
@SpringBootTest(classes = CardStatusServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + CardStatusServiceApplication.CONFIG_NAME,
            "hmskort.public-check.requests-per-second=40"})
class CardIndexBackfillTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    Cards cards;
    @Autowired
    CardIndexBackfill backfill;

    @Test
    void cards_stored_before_the_index_existed_are_found_by_business_and_holder_after_the_backfill() {
        OrganisationNumber business = TestIdentifiers.anOrganisationNumber();
        PersonId holder = TestIdentifiers.aPerson();
        Card card = new Card(CardNumber.random(new SecureRandom()), ChipUid.of("04A1B2C3D4E5F6"), business, business,
                "Gammel Bygg AS", "construction", new Holder(holder, "Eldre Kort", holder.birthDate()),
                LocalDate.now().minusYears(1), LocalDate.now().plusYears(1), CardStatus.VALID, List.of(), null, null,
                List.of());
        mongo.insert(CardDocument.of(card));
        assertThat(cards.numbersOfBusiness(business, null, 10)).isEmpty();

        mongo.remove(new Query(Criteria.where("_id").is("card-index-backfill")), "jobs");
        backfill.backfillOnce();

        assertThat(cards.numbersOfBusiness(business, null, 10)).containsExactly(card.cardNumber());
        assertThat(cards.numbersOfHolder(holder, null, 10)).containsExactly(card.cardNumber());
    }
}
