package no.hmskort.order.ordering.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which card types a business may order on a day, as configured data with effective dates, not code:
 * <ul>
 * <li>business rules: the first rule in force whose condition fits the business decides which types it may
 * order (from the January 2020 launch until the block was lifted after Easter 2020, approved cleaning
 * businesses could order only cleaning cards);
 * <li>type requirements: a type is offered from a date, and may need an approval of the business from a date
 * (cleaning cards an approval in Renholdsregisteret; car-care cards the car-care approval from 2022-07-01).
 * </ul>
 * A type must pass both.
 */
public record CardTypePolicy(List<Rule> rules, List<TypeRequirement> requirements) {

    public CardTypePolicy {
        rules = List.copyOf(rules);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    /** Which businesses a rule is about. */
    public enum Condition {
        ANY,
        CLEANING_APPROVED,
        NOT_CLEANING_APPROVED;

        boolean fits(Approvals approvals) {
            return this == ANY || (this == CLEANING_APPROVED) == approvals.cleaning();
        }
    }

    /** An approval register a card type can depend on. */
    public enum Approval {
        /** Renholdsregisteret. */
        CLEANING,
        /** Arbeidstilsynet's register of approved car-care and tyre-change businesses. */
        CAR_CARE;

        boolean heldBy(Approvals approvals) {
            return this == CLEANING ? approvals.cleaning() : approvals.carCare();
        }

        String register() {
            return this == CLEANING ? "Renholdsregisteret" : "the register of approved car-care businesses";
        }
    }

    /** What the approval registers say about the business (its main unit) now. */
    public record Approvals(boolean cleaning, boolean carCare) {
    }

    /** @param until the last day in force; null: open-ended */
    public record Rule(String name, LocalDate from, LocalDate until, Condition when, List<CardType> allowed) {

        public Rule {
            allowed = List.copyOf(allowed);
        }

        boolean inForceOn(LocalDate day) {
            return !day.isBefore(from) && (until == null || !day.isAfter(until));
        }
    }

    /**
     * @param offeredFrom the first day the type can be ordered at all; null: always
     * @param approval the approval the business needs for the type; null: none
     * @param approvalRequiredFrom the first day the approval is needed; null with an approval: always
     */
    public record TypeRequirement(CardType cardType, LocalDate offeredFrom, Approval approval,
            LocalDate approvalRequiredFrom) {

        Optional<String> refusal(Approvals approvals, LocalDate day) {
            if (offeredFrom != null && day.isBefore(offeredFrom)) {
                return Optional.of(cardType + " cards are offered from " + offeredFrom);
            }
            boolean required = approval != null && (approvalRequiredFrom == null || !day.isBefore(approvalRequiredFrom));
            if (required && !approval.heldBy(approvals)) {
                return Optional.of(cardType + " cards need the business to be approved in " + approval.register()
                        + (approvalRequiredFrom == null ? "" : " (from " + approvalRequiredFrom + ")"));
            }
            return Optional.empty();
        }
    }

    /** @param rule the name of the deciding rule or requirement, or null when no rule is in force */
    public record Decision(boolean allowed, String rule, String reason) {
    }

    public Decision decide(CardType cardType, Approvals approvals, LocalDate day) {
        Optional<Rule> deciding = rules.stream().filter(r -> r.inForceOn(day) && r.when().fits(approvals)).findFirst();
        if (deciding.isEmpty()) {
            return new Decision(false, null, "no card-type rule is in force on " + day);
        }
        Rule rule = deciding.get();
        if (!rule.allowed().contains(cardType)) {
            return new Decision(false, rule.name(), "rule " + rule.name() + " (from " + rule.from()
                    + (rule.until() == null ? "" : " until " + rule.until()) + ") lets "
                    + (approvals.cleaning() ? "an approved cleaning business" : "a business not approved in "
                            + "Renholdsregisteret")
                    + " order only " + rule.allowed().stream().map(CardType::name)
                            .collect(Collectors.joining(", ")));
        }
        for (TypeRequirement requirement : requirements) {
            if (requirement.cardType().equals(cardType)) {
                Optional<String> refusal = requirement.refusal(approvals, day);
                if (refusal.isPresent()) {
                    return new Decision(false, "requirement:" + cardType, refusal.get());
                }
            }
        }
        return new Decision(true, rule.name(), "allowed by rule " + rule.name());
    }
}
