package org.zjcs.shared.db;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Re-runs the whole transaction of the annotated method when it fails with a write conflict ({@link Conflicts}: an
 * InnoDB deadlock, or a Galera certification conflict at commit, both MySQL error 1213 / SQLState 40001), a few times
 * with a jittered backoff ({@link RetryOnConflictInterceptor}). Only for operations that are safe to repeat: nothing
 * outside the database happens before the commit, or it is idempotent. The interceptor runs outside
 * {@code @Transactional}; it retries only where the method's transaction begins (no transaction active on entry, or
 * {@code REQUIRES_NEW}): a method joining its caller's transaction passes the conflict on to the caller's boundary.
 * When every attempt conflicts, the last error goes on: the web layer answers 503 {@code service.error.conflict}.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetryOnConflict {
}
