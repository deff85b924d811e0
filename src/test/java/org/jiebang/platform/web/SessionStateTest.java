package org.jiebang.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Serializable;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

/**
 * The app is distributable: Payara serializes a session after every request to replicate it, and
 * a single value in one view-scoped bean that cannot be serialized loses every view of that
 * session (Mojarra keeps them all in one attribute) on the node that takes over when another dies.
 * This walks what every view- and session-scoped bean holds: its fields, through our own classes,
 * arrays and the type arguments of collections, maps and the like. Injected fields are proxies of
 * beans with normal scopes (or dependents Weld checks itself at deployment) and are left out.
 * {@code AuthorizationMatrixIT} and {@code JourneyBrowserIT} check the real thing: the app logs no
 * session that could not be serialized while they run.
 */
class SessionStateTest {

    /** Values read by JSON-B (strings, numbers, booleans, lists and maps of them: all serializable), typed Object. */
    private static final Set<String> JSON_VALUES = Set.of("org.jiebang.challenge.AmendmentView.changes");

    @Test
    void everyBeanKeptInASessionCanBeSerialized() throws IOException {
        List<Class<?>> beans = sessionBeans();
        assertTrue(beans.size() >= 20, "the view-scoped pages are found: " + beans);
        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            checkClass(bean, bean.getSimpleName(), seen, problems);
        }
        assertEquals(List.of(), problems, "values kept in sessions that cannot be serialized");
    }

    @Test
    void theWalkFindsWhatCannotBeSerialized() {
        List<String> problems = new ArrayList<>();
        checkClass(Holder.class, "Holder", new HashSet<>(), problems);
        assertEquals(Set.of("Holder.maybe: java.util.Optional is not Serializable",
                "Holder.rows<>.name: java.util.Optional is not Serializable",
                "Holder.plain: " + Plain.class.getName() + " is not Serializable"), Set.copyOf(problems));
        assertEquals(3, problems.size(), "each once; the transient field and the int are left alone");
    }

    private static List<Class<?>> sessionBeans() throws IOException {
        Path classes = Path.of("target", "classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/jiebang"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceFirst("\\.class$", "");
                Class<?> c;
                try {
                    c = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name, e);
                }
                if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    private static void checkClass(Class<?> c, String path, Set<Type> seen, List<String> problems) {
        if (!seen.add(c)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
            return;
        }
        for (Class<?> k = c; k != null && k != Object.class && ours(k); k = k.getSuperclass()) {
            for (Field field : k.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Inject.class)
                        || JSON_VALUES.contains(k.getName() + "." + field.getName())) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), seen, problems);
            }
        }
    }

    private static void checkType(Type type, String path, Set<Type> seen, List<String> problems) {
        if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum()) {
                return;
            }
            if (c.isArray()) {
                checkType(c.getComponentType(), path + "[]", seen, problems);
            } else if (ours(c)) {
                checkClass(c, path, seen, problems);
            } else if (!c.isInterface() && !Serializable.class.isAssignableFrom(c)) {
                // an interface (List, Map) says nothing: what it holds is checked through its type arguments
                problems.add(path + ": " + c.getName() + " is not Serializable");
            }
        } else if (type instanceof ParameterizedType p) {
            checkType(p.getRawType(), path, seen, problems);
            for (Type argument : p.getActualTypeArguments()) {
                checkType(argument, path + "<>", seen, problems);
            }
        } else if (type instanceof GenericArrayType a) {
            checkType(a.getGenericComponentType(), path + "[]", seen, problems);
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                checkType(bound, path, seen, problems);
            }
        } else if (type instanceof TypeVariable<?> v) {
            // a page's items (Page<T>): what T is, is checked where the page is held (Page<NoticeSummary>)
            for (Type bound : v.getBounds()) {
                if (bound != Object.class) {
                    checkType(bound, path, seen, problems);
                }
            }
        }
    }

    private static boolean ours(Class<?> c) {
        return c.getName().startsWith("org.jiebang.");
    }

    /** What the walk must catch: an Optional field, one inside a list's element, a plain class. */
    static class Holder implements Serializable {
        private static final long serialVersionUID = 1L;
        java.util.Optional<String> maybe;
        List<Row> rows;
        Plain plain;
        transient Plain skipped;
        int count;
    }

    record Row(java.util.Optional<String> name, long id) implements Serializable {
    }

    static class Plain {
    }
}
