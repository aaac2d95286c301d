package org.zjcs.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A search's tasks run on threads of the factory given (the server's managed one), at most one per core. */
class SearchThreadsTest {

    @Test
    void tasksRunOnTheFactorysThreadsOnePerCoreAtMostAndNoneAfterClose() throws Exception {
        AtomicInteger made = new AtomicInteger();
        SearchThreads threads = new SearchThreads(r -> {
            made.incrementAndGet();
            return new Thread(r, "search-test-" + made.get());
        });
        Set<String> names = ConcurrentHashMap.newKeySet();
        int tasks = 50;
        CountDownLatch done = new CountDownLatch(tasks);
        for (int i = 0; i < tasks; i++) {
            threads.execute(() -> {
                names.add(Thread.currentThread().getName());
                done.countDown();
            });
        }
        assertTrue(done.await(10, TimeUnit.SECONDS), "every task ran");
        assertTrue(names.stream().allMatch(n -> n.startsWith("search-test-")), names.toString());
        assertTrue(made.get() <= Runtime.getRuntime().availableProcessors(), "threads made: " + made.get());
        assertEquals(made.get(), names.size());
        threads.close();
        assertThrows(RejectedExecutionException.class, () -> threads.execute(() -> { }));
    }
}
