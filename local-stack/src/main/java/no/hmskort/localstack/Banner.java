package no.hmskort.localstack;

import java.nio.file.Path;
import java.time.Duration;
import no.hmskort.embedded.MockIdPorten;
import no.hmskort.localstack.LocalStack.App;

/** What the local stack prints once everything is ready: where to reach each part, and how to log in. */
final class Banner {

    private Banner() {
    }

    static String text(LocalStack stack, String kafka, String mongo, MockIdPorten idPorten, Path data, Duration startup,
            long heapBytes) {
        StringBuilder text = new StringBuilder();
        text.append("\n================ HMS-kort local stack is up ================\n");
        text.append(String.format("Started in %.1f s; heap in use after start: %d MiB%n", startup.toMillis() / 1000.0,
                heapBytes / (1024 * 1024)));
        for (App app : App.values()) {
            String docs = app == App.SIMULATORS ? "(see README: register and printer simulators)"
                    : stack.url(app) + "/swagger-ui.html   actuator: " + stack.managementUrl(app);
            text.append(String.format("  %-20s %-24s %s%n", app.title, stack.url(app), docs));
        }
        text.append(String.format("  %-20s %s%n", "Kafka", kafka));
        text.append(String.format("  %-20s %s (data in %s)%n", "MongoDB (wire)", mongo, data));
        text.append(String.format("  %-20s %s (people)%n", "ID-porten (mock)", idPorten.issuerUri()));
        text.append(String.format("  %-20s %s (machine clients)%n", "Maskinporten (mock)",
                idPorten.maskinporten().issuerUri()));
        text.append("\nA token for the demo business's daily manager (ID-porten):\n");
        text.append("  curl -s -d grant_type=client_credentials -d client_id=demo -d client_secret=x \\\n"
                + "       -d pid=15858010060 -d acr=idporten-loa-high " + idPorten.tokenEndpoint() + "\n");
        text.append("A token for an operator tool (Maskinporten):\n");
        text.append("  curl -s -d grant_type=client_credentials -d client_id=operator-desk -d client_secret=x \\\n"
                + "       -d scope=hmskort:operator " + idPorten.maskinporten().tokenEndpoint() + "\n");
        text.append("Ctrl-C stops everything.\n");
        text.append("=============================================================\n");
        return text.toString();
    }
}
