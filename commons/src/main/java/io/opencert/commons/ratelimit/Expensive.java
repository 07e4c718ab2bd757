package io.opencert.commons.ratelimit;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint whose answer costs much to make (a PDF, a report, an offline bundle): each user may ask the expensive
 * endpoints of a service at most {@code cb.expensive.rate-limit.requests} times per
 * {@code cb.expensive.rate-limit.window} ({@link ExpensiveRequestLimit}), so that no one ties up its workers.
 */
@NameBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Expensive {
}
