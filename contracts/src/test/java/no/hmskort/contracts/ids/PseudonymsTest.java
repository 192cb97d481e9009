package no.hmskort.contracts.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

    private static final String SECRET = "contracts-test-pseudonym-secret";

    @Test
    void a_pseudonym_is_a_keyed_hash_that_nobody_without_the_secret_can_recompute() throws Exception {
        Pseudonyms.useSecret(SECRET);
        PersonId person = PersonId.of("15858010060");

        String pseudonym = person.pseudonym();

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "p" + HexFormat.of().formatHex(mac.doFinal(person.value().getBytes(StandardCharsets.UTF_8)), 0, 16);
        assertThat(pseudonym).isEqualTo(expected).isEqualTo(PersonId.of("15858010060").pseudonym())
                .doesNotContain(person.value());
        // what a plain hash of the number (with or without the old salt) would have been: an attacker's guess
        for (String guess : new String[] {person.value(), "hmskort-person:" + person.value()}) {
            String plain = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(guess.getBytes(StandardCharsets.UTF_8)));
            assertThat(plain).doesNotContain(pseudonym.substring(1, 25));
        }
        assertThat(PersonId.of("02928510045").pseudonym()).isNotEqualTo(pseudonym);
    }

    @Test
    void a_short_secret_or_a_second_different_secret_is_refused() {
        Pseudonyms.useSecret(SECRET);
        assertThatThrownBy(() -> Pseudonyms.useSecret("short")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pseudonyms.useSecret("another-secret-of-enough-length"))
                .isInstanceOf(IllegalStateException.class);
        Pseudonyms.useSecret(SECRET);
    }
}
