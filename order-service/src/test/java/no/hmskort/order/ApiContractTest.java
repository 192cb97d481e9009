package no.hmskort.order;

import no.hmskort.testsupport.ApiContract;
import org.junit.jupiter.api.Test;

/** The API order-service serves is the one committed in docs/api (on the integration tests' running service). */
class ApiContractTest extends OrderServiceIntegrationTest {

    @Test
    void serves_the_committed_api_document() {
        ApiContract.verify("order-service", port);
    }
}
