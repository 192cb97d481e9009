package no.hmskort.testsupport;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import no.hmskort.contracts.ids.InvalidIdentifierException;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;

/**
 * Fresh, valid identifiers for tests, so test classes sharing one store never collide. Found by drawing
 * and letting the identifiers' own constructors judge the check digits.
 */
public final class TestIdentifiers {

    private TestIdentifiers() {
    }

    public static OrganisationNumber anOrganisationNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            String body = String.valueOf(800_000_00 + random.nextInt(199_999_99));
            for (int check = 0; check <= 9; check++) {
                try {
                    return OrganisationNumber.of(body + check);
                } catch (InvalidIdentifierException ignored) {
                    // not this check digit
                }
            }
        }
    }

    /** A fødselsnummer (not synthetic) for someone born on {@code birthDate} in the 1900s. */
    public static PersonId aPersonBornOn(LocalDate birthDate) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String date = String.format("%02d%02d%02d", birthDate.getDayOfMonth(), birthDate.getMonthValue(),
                birthDate.getYear() % 100);
        while (true) {
            String individual = String.format("%03d", random.nextInt(500));
            for (int k1 = 0; k1 <= 9; k1++) {
                for (int k2 = 0; k2 <= 9; k2++) {
                    try {
                        return PersonId.of(date + individual + k1 + k2);
                    } catch (InvalidIdentifierException ignored) {
                        // not these check digits
                    }
                }
            }
        }
    }

    public static PersonId aPerson() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return aPersonBornOn(LocalDate.of(1950 + random.nextInt(49), 1 + random.nextInt(12), 1 + random.nextInt(28)));
    }
}
