package io.github.ghidanh.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module's public API names only public types of its own or of the libraries it is built on:
 * no signature a host can see mentions a type of the {@code internal} package or of the schema
 * validator, CSV parser or Jackson.
 */
class PublicApiTest {

    @Test
    void noPublicSignatureNamesAnInternalOrALibraryType() throws Exception {
        List<String> leaks = new ArrayList<>();
        List<Class<?>> api = publicClasses();
        assertThat(api).extracting(Class::getSimpleName).contains("JsonInterchange", "ImportProblem", "InterchangeException",
                "BilingualMessage", "NomineeSheetReader", "CampaignRun");
        for (Class<?> c : api) {
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (visible(k.getModifiers())) {
                    check(leaks, c.getName() + "(constructor)", k);
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic()) {
                    check(leaks, c.getName() + "." + m.getName(), m);
                    checkType(leaks, c.getName() + "." + m.getName() + " returns", m.getGenericReturnType());
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (visible(f.getModifiers()) && !f.isSynthetic()) {
                    checkType(leaks, c.getName() + "." + f.getName(), f.getGenericType());
                }
            }
            checkType(leaks, c.getName() + " extends", c.getGenericSuperclass());
        }
        assertThat(leaks).isEmpty();
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void check(List<String> leaks, String where, Executable e) {
        for (Type t : e.getGenericParameterTypes()) {
            checkType(leaks, where, t);
        }
        for (Type t : e.getGenericExceptionTypes()) {
            checkType(leaks, where + " throws", t);
        }
    }

    private static void checkType(List<String> leaks, String where, Type t) {
        if (t == null) {
            return;
        }
        if (t instanceof Class<?> c) {
            if (c.isArray()) {
                checkType(leaks, where, c.getComponentType());
                return;
            }
            String name = c.getName();
            if (name.contains(".internal.") || name.startsWith("com.networknt.") || name.startsWith("org.apache.commons.csv.")
                    || name.startsWith("com.fasterxml.") || name.startsWith("org.slf4j.")
                    || (name.startsWith("io.github.ghidanh.interchange.") && !Modifier.isPublic(c.getModifiers()))) {
                leaks.add(where + ": " + name);
            }
        } else if (t instanceof ParameterizedType p) {
            checkType(leaks, where, p.getRawType());
            for (Type a : p.getActualTypeArguments()) {
                checkType(leaks, where, a);
            }
        } else if (t instanceof GenericArrayType g) {
            checkType(leaks, where, g.getGenericComponentType());
        } else if (t instanceof WildcardType w) {
            Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds())).forEach(b -> checkType(leaks, where, b));
        } else if (t instanceof TypeVariable<?> v) {
            Stream.of(v.getBounds()).filter(b -> b != Object.class).forEach(b -> checkType(leaks, where, b));
        }
    }

    /** Every public class (nested ones too) of the module's packages other than {@code internal}. */
    private static List<Class<?>> publicClasses() throws IOException, ClassNotFoundException {
        Path root = Path.of(JsonInterchange.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replace(".class", "");
                if (name.contains(".internal.") || name.contains("$$")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, PublicApiTest.class.getClassLoader());
                if (Modifier.isPublic(c.getModifiers()) && (c.getEnclosingClass() == null || Modifier.isPublic(c.getEnclosingClass().getModifiers()))
                        && !c.isAnonymousClass() && !c.isLocalClass()) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
