package no.hmskort.platform.logging;

import java.util.regex.Pattern;

/** Masks anything that looks like a personal number (eleven digits in a row) before it is written out. */
public final class PersonalData {

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<!\\d)(\\d{6})\\d{5}(?!\\d)");

    private PersonalData() {
    }

    public static String mask(String text) {
        return text == null ? null : ELEVEN_DIGITS.matcher(text).replaceAll("$1*****");
    }
}
