package no.hmskort.order.ordering.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Which card types a business may order, as rules with effective dates (configured, not coded): the first
 * rule in force on the day whose condition fits the business decides. In 2020 approved cleaning businesses
 * could for a while order only cleaning cards; a business not approved in Renholdsregisteret never may.
 */
public record CardTypePolicy(List<Rule> rules) {

    public CardTypePolicy {
        rules = List.copyOf(rules);
    }

    /** Which businesses a rule is about. */
    public enum Condition {
        ANY,
        CLEANING_APPROVED,
        NOT_CLEANING_APPROVED;

        boolean fits(boolean cleaningApproved) {
            return this == ANY || (this == CLEANING_APPROVED) == cleaningApproved;
        }
    }

    /** @param until the last day in force; null: open-ended */
    public record Rule(String name, LocalDate from, LocalDate until, Condition when, List<String> allowed) {

        public Rule {
            allowed = List.copyOf(allowed);
        }

        boolean inForceOn(LocalDate day) {
            return !day.isBefore(from) && (until == null || !day.isAfter(until));
        }
    }

    /** @param rule the name of the deciding rule, or null when no rule is in force */
    public record Decision(boolean allowed, String rule, String reason) {
    }

    public Decision decide(String cardType, boolean cleaningApproved, LocalDate day) {
        for (Rule rule : rules) {
            if (rule.inForceOn(day) && rule.when().fits(cleaningApproved)) {
                return rule.allowed().contains(cardType)
                        ? new Decision(true, rule.name(), "allowed by rule " + rule.name())
                        : new Decision(false, rule.name(), "rule " + rule.name() + " (from " + rule.from()
                                + (rule.until() == null ? "" : " until " + rule.until()) + ") lets "
                                + (cleaningApproved ? "an approved cleaning business" : "a business not approved in "
                                        + "Renholdsregisteret")
                                + " order only " + String.join(", ", rule.allowed()));
            }
        }
        return new Decision(false, null, "no card-type rule is in force on " + day);
    }
}
