package no.hmskort.platform.logging;

import java.util.regex.Pattern;

/**
 * Masks anything that looks like a personal number before it is written out: eleven digits in a row, or
 * written in the usual groups with single spaces ({@code 150580 10060}, {@code 15 05 80 100 60}). The
 * first six digits (the date) are kept so a line can still be told from another; the five that identify
 * the person are not.
 */
public final class PersonalData {

    private static final Pattern PERSONAL_NUMBER =
            Pattern.compile("(?<!\\d)(\\d\\d ?\\d\\d ?\\d\\d) ?\\d{3} ?\\d\\d(?!\\d)");

    private PersonalData() {
    }

    public static String mask(String text) {
        return text == null ? null : PERSONAL_NUMBER.matcher(text).replaceAll("$1*****");
    }
}
