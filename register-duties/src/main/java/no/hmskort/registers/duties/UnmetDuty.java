package no.hmskort.registers.duties;

/**
 * A register duty that is not met, in words the employer can act on.
 *
 * @param duty the rule's name, stable (e.g. {@code employment-registered})
 * @param register the register that decides it
 * @param reason what is wrong, in plain words, without personal data
 * @param law the provision that makes it a duty
 */
public record UnmetDuty(String duty, String register, String reason, String law) {
}
