package no.hmskort.cardstatus.cards;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import no.hmskort.cardstatus.CardStatusServiceApplication;
import no.hmskort.contracts.ids.CardNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Against enumeration: one address gets its allowance of public checks per period and then 429 with
 * {@code Retry-After}. The period is stretched to an hour here (its own context), so the outcome does not
 * depend on how fast a busy machine sends the requests.
 */
@SpringBootTest(classes = CardStatusServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + CardStatusServiceApplication.CONFIG_NAME,
            "hmskort.public-check.requests-per-second=5", "hmskort.public-check.period=PT1H"})
class PublicCheckFloodTest {

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;

    @Test
    void a_flood_of_checks_from_one_address_is_refused_beyond_its_allowance_with_retry_after() {
        RestTestClient client = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        String unknown = CardNumber.random(new SecureRandom()).value();
        List<Integer> statuses = new ArrayList<>();
        double refused = meters.get("hmskort.checks").tag("kind", "public").tag("outcome", "refused").counter().count();
        for (int i = 0; i < 12; i++) {
            var result = client.get().uri("/api/public/cards/{n}", unknown).exchange().returnResult(String.class);
            statuses.add(result.getStatus().value());
            if (result.getStatus().value() == 429) {
                assertThat(result.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
                assertThat(result.getResponseBody()).contains("https://hmskort.no/problems/too-many-requests");
            }
        }
        assertThat(statuses.subList(0, 5)).containsOnly(404);
        assertThat(statuses.subList(5, 12)).containsOnly(429);
        assertThat(meters.get("hmskort.checks").tag("kind", "public").tag("outcome", "refused").counter().count())
                .as("each refusal counted").isEqualTo(refused + 7);
    }
}
