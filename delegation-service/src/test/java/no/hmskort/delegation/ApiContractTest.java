package no.hmskort.delegation;

import no.hmskort.testsupport.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API delegation-service serves is the one committed in docs/api. The annotations are those of
 * access.DelegatingRightsTest, so that Spring's context cache gives this test the service already running.
 */
@SpringBootTest(classes = DelegationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + DelegationServiceApplication.CONFIG_NAME)
class ApiContractTest {

    @LocalServerPort
    int port;

    @Test
    void serves_the_committed_api_document() {
        ApiContract.verify("delegation-service", port);
    }
}
