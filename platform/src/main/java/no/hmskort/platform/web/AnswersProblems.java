package no.hmskort.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem types an operation answers that only its own code knows of: its rules' refusals, the resource
 * its path names being unknown under a type of its own, a String identifier it parses itself. Each is named by
 * its slug (docs/problems.md); its status is the one the {@link ProblemType} constant declares, found in the
 * packages of the service's controllers or the platform's. What follows from the handler method's signature
 * (a token, a body, a typed parameter, an id in the path) is added by {@link OperationResponses}; name here only
 * what it cannot know.
 *
 * <pre>
 * &#64;AnswersProblems({"duplicate-card", "business-not-active"})
 * &#64;PostMapping
 * ResponseEntity&lt;OrderView&gt; place(Caller caller, ...)
 * </pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AnswersProblems {

    /** The slugs of the problem types, e.g. {@code "duplicate-card"}. */
    String[] value();
}
