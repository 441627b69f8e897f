package org.hedgerow.referral;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Every statement the app sends to Neo4j, in order: the app's {@link Driver} is wrapped so that each {@code run}
 * on a session or a transaction is noted before it goes out, with its text and the class of Hedgerow that ran it
 * (the innermost on the stack). One {@code run} is one statement's round trip (a transaction's begin travels
 * with its first statement). {@code @Import} it, then {@link #clear()} before the request and read
 * {@link #run()} after.
 */
@TestConfiguration(proxyBeanMethods = false)
class DriverStatements implements BeanPostProcessor {

    /** A statement and the Hedgerow class that ran it, e.g. {@code org.hedgerow.referral.ReferralEdits}. */
    record Statement(String by, String text) {
    }

    private final List<Statement> run = new CopyOnWriteArrayList<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof Driver driver ? proxy(Driver.class, driver) : bean;
    }

    List<Statement> run() {
        return List.copyOf(run);
    }

    void clear() {
        run.clear();
    }

    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .filter(name -> name.startsWith("org.hedgerow.") && !name.startsWith(DriverStatements.class.getName()))
                .findFirst().orElse("?"));
    }

    private <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (self, method, args) -> {
            if (method.getName().equals("run") && args != null && args.length > 0) {
                run.add(new Statement(caller(), args[0] instanceof Query query ? query.text() : String.valueOf(args[0])));
            }
            Object result;
            try {
                result = method.invoke(target, args);
            }
            catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
            if (result instanceof Transaction transaction && !(result instanceof Proxy)) {
                return proxy(Transaction.class, transaction);
            }
            if (result instanceof Session session && !(result instanceof Proxy)) {
                return proxy(Session.class, session);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
