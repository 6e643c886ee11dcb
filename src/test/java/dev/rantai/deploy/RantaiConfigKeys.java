package dev.rantai.deploy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import dev.rantai.config.RantaiConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/**
 * The keys the application really reads, derived from {@link RantaiConfig} the way SmallRye Config maps
 * it: method names in kebab-case, nested interfaces as dotted prefixes. A manifest that sets a variable
 * outside this set sets nothing at all, which is the mistake these tests catch.
 */
final class RantaiConfigKeys {
    private RantaiConfigKeys() {
    }

    static Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        collect(RantaiConfig.class, RantaiConfig.class.getAnnotation(ConfigMapping.class).prefix(), keys);
        return keys;
    }

    /** The environment variable of each key: upper case, every other character an underscore. */
    static Set<String> environmentVariables() {
        Set<String> names = new TreeSet<>();
        for (String key : keys()) {
            names.add(environmentVariable(key));
        }
        return names;
    }

    static String environmentVariable(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static void collect(Class<?> type, String prefix, Set<String> keys) {
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() > 0 || Modifier.isStatic(m.getModifiers()) || m.isDefault()) {
                continue;
            }
            WithName named = m.getAnnotation(WithName.class);
            String key = prefix + "." + (named != null ? named.value() : kebab(m.getName()));
            Class<?> result = m.getReturnType();
            if (result.isInterface() && result.getEnclosingClass() != null
                    && isWithin(result, RantaiConfig.class)) {
                collect(result, key, keys);
            } else {
                keys.add(key);
            }
        }
    }

    private static boolean isWithin(Class<?> nested, Class<?> outer) {
        for (Class<?> c = nested; c != null; c = c.getEnclosingClass()) {
            if (c == outer) {
                return true;
            }
        }
        return false;
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
