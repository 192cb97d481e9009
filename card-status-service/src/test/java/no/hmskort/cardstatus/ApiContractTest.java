package no.hmskort.cardstatus;

import no.hmskort.testsupport.ApiContract;
import no.hmskort.testsupport.MovableClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The API card-status-service serves is the one committed in docs/api. The annotations are those of
 * cards.CardStatusIntegrationTest, so that Spring's context cache gives this test the service already running.
 */
@SpringBootTest(classes = CardStatusServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + CardStatusServiceApplication.CONFIG_NAME,
            "hmskort.public-check.requests-per-second=40", "hmskort.card-status.judgement-page=2"})
@Import(MovableClockConfiguration.class)
class ApiContractTest {

    @LocalServerPort
    int port;

    @Test
    void serves_the_committed_api_document() {
        ApiContract.verify("card-status-service", port);
    }
}
