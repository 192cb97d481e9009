package no.hmskort.production;

import no.hmskort.testsupport.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API production-service serves is the one committed in docs/api. The annotations are those of
 * ProductionFlowTest, so that Spring's context cache gives this test the service already running.
 */
@SpringBootTest(classes = ProductionServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + ProductionServiceApplication.CONFIG_NAME,
            "hmskort.production.dispatch-interval=PT1H", "hmskort.production.replaced-card-check-interval=PT1H",
            "hmskort.production.replaced-card-grace=PT0S"})
class ApiContractTest {

    @LocalServerPort
    int port;

    @Test
    void serves_the_committed_api_document() {
        ApiContract.verify("production-service", port);
    }
}
