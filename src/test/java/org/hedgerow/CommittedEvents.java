package org.hedgerow;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Collects every application event whose transaction committed, in order; events of a transaction that
 * rolled back never arrive. {@code @Import(CommittedEvents.class)} in a test, then {@link #ofType}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CommittedEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void committed(Object event) {
        events.add(event);
    }

    public <T> List<T> ofType(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public void clear() {
        events.clear();
    }
}
