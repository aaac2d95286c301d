package org.zjcs.shared.db;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zjcs.shared.storage.Upload;

/**
 * {@link RetryOnConflict}: runs BEFORE (outside) the {@code @Transactional} interceptor (JTA's interceptors have the
 * priority {@code PLATFORM_BEFORE + 200}; this one {@code PLATFORM_BEFORE + 100}), so that each attempt is a whole
 * new transaction: begun, run, committed or rolled back by the transactional interceptor inside. It retries only when
 * the transaction begins at this method: no transaction active on entry, or the method (or its class) is
 * {@code REQUIRES_NEW}. Inside a caller's transaction a conflict has already marked that transaction for rollback:
 * running the method again there would be useless, so the error passes on to the caller's boundary. Nor does it retry a
 * call that received an upload (an {@link Upload} or a stream, also in a collection): a stream is read once.
 */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetryOnConflictInterceptor {

    private static final Logger LOG = Logger.getLogger(RetryOnConflictInterceptor.class.getName());

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object retry(InvocationContext ctx) throws Exception {
        if (!beginsTransaction(ctx.getMethod()) || readsStreams(ctx.getParameters())) {
            return ctx.proceed();
        }
        String where = ctx.getMethod().getDeclaringClass().getSimpleName() + "." + ctx.getMethod().getName();
        ConflictRetry retry = ConflictRetry.standard();
        for (int attempt = 1; ; attempt++) {
            try {
                return ctx.proceed();
            } catch (Exception e) {
                if (!Conflicts.isConflict(e)) {
                    throw e;
                }
                ConflictRetry.COUNTS.conflict();
                if (attempt >= retry.attempts()) {
                    ConflictRetry.COUNTS.gaveUp();
                    LOG.warning("Write conflict in " + where + ": gave up after " + attempt + " attempts (" + e + ")");
                    throw e;
                }
                long pause = retry.pauseMillis(attempt);
                ConflictRetry.COUNTS.retried();
                LOG.log(Level.INFO, "Write conflict in {0} (attempt {1} of {2}): the transaction is run again in {3} ms",
                        new Object[] {where, attempt, retry.attempts(), pause});
                Thread.sleep(pause);
            }
        }
    }

    static boolean readsStreams(Object[] args) {
        if (args == null) {
            return false;
        }
        for (Object a : args) {
            if (a instanceof InputStream || a instanceof Upload
                    || a instanceof Collection<?> c && c.stream().anyMatch(x -> x instanceof InputStream || x instanceof Upload)) {
                return true;
            }
        }
        return false;
    }

    private boolean beginsTransaction(Method m) {
        Transactional tx = m.getAnnotation(Transactional.class);
        if (tx == null) {
            tx = m.getDeclaringClass().getAnnotation(Transactional.class);
        }
        if (tx != null && tx.value() == Transactional.TxType.REQUIRES_NEW) {
            return true;
        }
        return transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION;
    }
}
