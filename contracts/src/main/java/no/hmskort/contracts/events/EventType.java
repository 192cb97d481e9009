package no.hmskort.contracts.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable wire name and version of an event record, e.g. {@code OrderLineApproved.v1}. Renaming the
 * record does not change the wire; a breaking change of the payload is a new version (and, for a
 * topic, a new topic).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String name();

    int version();
}
