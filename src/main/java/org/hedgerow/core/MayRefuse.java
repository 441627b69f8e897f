package org.hedgerow.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Problem answers an API method gives beyond those {@link ApiContract} works out from its shape, e.g. a 404 for a
 * locality code given as a query parameter, or a 403 decided by who the caller is rather than by a role. The
 * contract documents each as the same problem answer the rules would.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MayRefuse {

    /** The HTTP statuses: 403 (the caller may not see this) or 404 (a code or id given does not exist). */
    int[] value();
}
