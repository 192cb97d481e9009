package no.hmskort.billing;

import no.hmskort.testsupport.ApiContract;
import no.hmskort.testsupport.MovableClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The API billing-service serves is the one committed in docs/api. The annotations are those of
 * invoicing.BillingIntegrationTest, so that Spring's context cache gives this test the service already running.
 */
@SpringBootTest(classes = BillingServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + BillingServiceApplication.CONFIG_NAME)
@Import(MovableClockConfiguration.class)
class ApiContractTest {

    @LocalServerPort
    int port;

    @Test
    void serves_the_committed_api_document() {
        ApiContract.verify("billing-service", port);
    }
}
