package org.zjcs.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a session keeps must serialize, so that a session written to the database by one node is read by the
 * other (docs/scaling.md, "Sessions"): every {@code @SessionScoped}, {@code @ViewScoped}, {@code @ConversationScoped}
 * and {@code @FlowScoped} bean of the main classes is {@link Serializable}, and each of its fields (its own and its
 * superclasses', not {@code static}, not {@code transient}, not injected: CDI's proxies serialize and Weld checks that
 * what a passivating bean injects can passivate) holds a serializable type, type arguments included
 * ({@code List<X>}: X). An injected field is never {@code transient}: it would be null after the session was read on
 * the other node (CDI does not inject again). Entities are never kept (a {@code transient} field re-read on demand, or the id): what a session
 * held would be a stale copy on the other node. Fails naming the class and field.
 */
class SessionStateSerializableTest {

    static final Path CLASSES = Path.of("target/classes");
    static final List<Class<? extends Annotation>> PASSIVATING = List.of(SessionScoped.class, ViewScoped.class,
            ConversationScoped.class, FlowScoped.class);
    /** Interfaces whose implementations used in beans serialize (ArrayList, HashMap, List.of, ...): their type
     * arguments are checked instead. */
    static final Set<Class<?>> CONTAINERS = Set.of(List.class, Collection.class, Set.class, Map.class, Optional.class);

    @Test
    void everyPassivatingBeanSerializes() {
        List<Class<?>> beans = mainClasses().stream().filter(SessionStateSerializableTest::passivating).toList();
        assertTrue(beans.size() > 30, "found only " + beans.size() + " session/view-scoped beans: scan broken?");
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        assertEquals(List.of(), problems, "not serializable in a session (docs/scaling.md, \"Sessions\")");
    }

    @Test
    void theCheckFindsEntitiesAndNonSerializableTypes() {
        List<String> problems = new ArrayList<>();
        check(Bad.class, "Bad", problems, new HashSet<>());
        assertEquals(4, problems.size(), problems.toString());
    }

    /** A bean as it must not be (the check's own test). */
    @SuppressWarnings("unused")
    static class Bad implements Serializable {
        private static final long serialVersionUID = 1L;
        private Thread thread;
        private List<org.zjcs.owner.domain.OwnerUnit> entities;
        private Map<String, Object> anything;
        private transient Thread fine;
        @Inject
        private Object injected;
        @Inject
        private transient Object lost;
    }

    static boolean passivating(Class<?> c) {
        return PASSIVATING.stream().anyMatch(c::isAnnotationPresent);
    }

    /** Checks class {@code c} (reached as {@code path}) and, for the project's own types, its fields. */
    static void check(Class<?> c, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(c)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
            return;
        }
        for (Class<?> k = c; k != null && k.getName().startsWith("org.zjcs."); k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                int m = f.getModifiers();
                boolean injected = f.isAnnotationPresent(Inject.class) || f.isAnnotationPresent(EJB.class);
                if (injected && Modifier.isTransient(m)) {
                    problems.add(path + "." + f.getName() + ": injected and transient (null once the session was"
                            + " read on another node: CDI's proxies serialize)");
                }
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || injected || f.isSynthetic()) {
                    continue;
                }
                checkType(f.getGenericType(), path + "." + f.getName(), problems, seen);
            }
        }
    }

    static void checkType(Type t, String path, List<String> problems, Set<Class<?>> seen) {
        if (t instanceof ParameterizedType p) {
            checkType(p.getRawType(), path, problems, seen);
            // a project's own generic type (PerRequest<T>) is checked by its fields; another's by its arguments
            if (!(p.getRawType() instanceof Class<?> raw && raw.getName().startsWith("org.zjcs."))) {
                for (Type a : p.getActualTypeArguments()) {
                    checkType(a, path + "<>", problems, seen);
                }
            }
        } else if (t instanceof GenericArrayType g) {
            checkType(g.getGenericComponentType(), path + "[]", problems, seen);
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                checkType(b, path, problems, seen);
            }
        } else if (t instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                checkType(b, path, problems, seen);
            }
        } else if (t instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum() || CONTAINERS.contains(c)) {
                return;
            }
            if (c.isArray()) {
                checkType(c.getComponentType(), path + "[]", problems, seen);
            } else if (c == Object.class) {
                problems.add(path + ": Object (anything) kept in a session");
            } else if (c.isAnnotationPresent(Entity.class)) {
                problems.add(path + ": entity " + c.getName() + " kept in a session (keep its id, or a transient"
                        + " field re-read on demand)");
            } else if (c.isAnnotationPresent(Embeddable.class) || c.getName().startsWith("org.zjcs.")) {
                check(c, path, problems, seen);
            } else if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName() + " is not Serializable");
            }
        }
    }

    static List<Class<?>> mainClasses() {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            List<Class<?>> classes = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    classes.add(Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name, e);
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
