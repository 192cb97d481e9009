package no.hmskort.order.ordering.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.addresses.model.DeliveryAddress;
import no.hmskort.order.ordering.model.CardType;
import no.hmskort.order.ordering.model.Holder;
import no.hmskort.order.ordering.model.LineId;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.testsupport.TestIdentifiers;
import org.junit.jupiter.api.Test;

/** Orders are stored in the shape they had before the model had id and card-type types. */
class StoredOrderTest {

    private final OrganisationNumber unit = TestIdentifiers.anOrganisationNumber();
    private final PersonId worker = TestIdentifiers.aPerson();

    @Test
    void an_order_is_stored_with_uuids_and_the_card_type_name_and_reads_back_the_same() {
        Order order = new Order(OrderId.random(), unit, "Fjellbygg AS", unit, "Fjellbygg AS", CardType.of("car-care"),
                UUID.randomUUID(), new DeliveryAddress("Kari", "Storgata 1", "0155", "Oslo"), worker,
                Instant.parse("2026-11-27T10:15:30.123Z"), List.of(OrderLine.ordered(LineId.random(),
                        new Holder(worker, "Kari Nordmann", LocalDate.of(1985, 3, 14)), null)));

        StoredOrder stored = StoredOrder.of(order);

        assertThat(stored.orderId()).isEqualTo(order.orderId().value());
        assertThat(stored.cardType()).isEqualTo("car-care");
        assertThat(stored.lines().getFirst().lineId()).isEqualTo(order.lines().getFirst().lineId().value());
        assertThat(stored.model()).isEqualTo(order);
    }

    @Test
    void every_field_of_an_order_and_its_lines_is_stored_under_its_own_name() {
        assertThat(names(StoredOrder.class)).isEqualTo(names(Order.class));
        assertThat(names(StoredOrder.StoredLine.class)).isEqualTo(names(OrderLine.class));
    }

    private static List<String> names(Class<? extends Record> type) {
        return Stream.of(type.getRecordComponents()).map(c -> c.getName()).toList();
    }
}
