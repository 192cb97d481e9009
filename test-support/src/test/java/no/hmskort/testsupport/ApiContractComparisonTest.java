package no.hmskort.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The check bites: each change below is made to order-service's committed document. What a client written
 * against it would trip over, the comparison calls breaking; any other change is still a difference, for which the
 * committed document must be regenerated.
 */
class ApiContractComparisonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ORDERS = "/api/businesses/{orgnr}/orders";

    private final String committed = committed();

    @Test
    void the_committed_document_compared_with_itself_has_no_change() {
        assertThat(ApiContract.compare(committed, committed).change()).isEqualTo(ApiContract.Change.NONE);
    }

    @Test
    void a_removed_operation_breaks_clients() {
        ApiContract.Comparison comparison = ApiContract.compare(committed,
                changed(doc -> path(doc, ORDERS).remove("post")));

        assertThat(comparison.change()).isEqualTo(ApiContract.Change.BREAKING);
        assertThat(comparison.report()).contains("POST").contains(ORDERS);
    }

    @Test
    void an_optional_parameter_made_required_breaks_clients() {
        ApiContract.Comparison comparison = ApiContract.compare(committed, changed(doc -> {
            for (var parameter : path(doc, ORDERS).get("get").get("parameters")) {
                if (parameter.get("name").asString().equals("page")) {
                    ((ObjectNode) parameter).put("required", true);
                }
            }
        }));

        assertThat(comparison.change()).isEqualTo(ApiContract.Change.BREAKING);
        assertThat(comparison.report()).contains(ORDERS).contains("page");
    }

    @Test
    void a_removed_required_response_property_breaks_clients() {
        ApiContract.Comparison comparison = ApiContract.compare(committed, changed(doc -> {
            ObjectNode problem = (ObjectNode) doc.get("components").get("schemas").get("Problem");
            ((ObjectNode) problem.get("properties")).remove("status");
            problem.set("required", JSON.createArrayNode().add("type").add("title"));
        }));

        assertThat(comparison.change()).isEqualTo(ApiContract.Change.BREAKING);
        assertThat(comparison.report()).contains(ORDERS);
    }

    /**
     * openapi-diff lets a response property go when the schema did not promise it (not {@code required}), as our
     * records' schemas do not: not breaking, but still a difference the committed document must show.
     */
    @Test
    void a_removed_optional_response_property_is_a_difference_to_regenerate() {
        ApiContract.Comparison comparison = ApiContract.compare(committed, changed(doc -> ((ObjectNode) doc
                .get("components").get("schemas").get("OrderView").get("properties")).remove("orderId")));

        assertThat(comparison.change()).isEqualTo(ApiContract.Change.COMPATIBLE);
        assertThat(comparison.report()).contains(ORDERS);
    }

    @Test
    void a_new_operation_does_not_break_clients_but_is_still_a_difference() {
        ApiContract.Comparison comparison = ApiContract.compare(committed, changed(doc ->
                ((ObjectNode) doc.get("paths")).set(ORDERS + "/count", path(doc, ORDERS).deepCopy())));

        assertThat(comparison.change()).isEqualTo(ApiContract.Change.COMPATIBLE);
        assertThat(comparison.report()).contains(ORDERS + "/count");
    }

    @Test
    void a_changed_description_is_a_difference_too() {
        ApiContract.Comparison comparison = ApiContract.compare(committed,
                changed(doc -> ((ObjectNode) doc.get("info")).put("description", "Something else")));

        assertThat(comparison.change()).isEqualTo(ApiContract.Change.COMPATIBLE);
    }

    private String changed(Consumer<ObjectNode> change) {
        ObjectNode document = (ObjectNode) JSON.readTree(committed);
        change.accept(document);
        return JSON.writeValueAsString(document);
    }

    private static ObjectNode path(ObjectNode document, String path) {
        return (ObjectNode) document.get("paths").get(path);
    }

    private static String committed() {
        try {
            return Files.readString(ApiContract.committedDocument("order-service"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
