package no.hmskort.contracts.ids;

/** The check-digit arithmetic shared by Norwegian identifiers and our card numbers. */
final class CheckDigits {

    private CheckDigits() {
    }

    /** Mod-11 check digit over the first {@code weights.length} digits; -1 when no digit fits (remainder 1). */
    static int mod11(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }

    /** Luhn check digit for the given digits (the digit to append). */
    static int luhn(String digits) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }
}
