package io.opencert.commons.testing;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the texts of a service's request bodies that have no length cap: each text, list and map of every JSON body
 * of every endpoint must carry {@code @Size(max)} (or a {@code @Pattern} that bounds it), so that no one can post a
 * text the documents then have to lay out, however long. A set of enum constants is bounded by the enum.
 */
public final class TextCaps {
    private static final Set<Class<? extends Annotation>> NOT_A_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    private final Set<String> uncapped = new TreeSet<>();
    private final Set<Class<?>> seen = new HashSet<>();

    private TextCaps() {
    }

    /** Each uncapped text as {@code Type.component}, for the endpoints of the classes in {@code rootPackage}. */
    public static Set<String> uncapped(String rootPackage) {
        return uncapped(classesIn(rootPackage));
    }

    static Set<String> uncapped(List<Class<?>> classes) {
        TextCaps caps = new TextCaps();
        for (Class<?> type : classes) {
            for (Method method : type.getDeclaredMethods()) {
                if (Stream.of(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
                    Stream.of(method.getParameters()).filter(TextCaps::isBody).forEach(body -> caps.walk(body.getType()));
                }
            }
        }
        return caps.uncapped;
    }

    private static boolean isBody(Parameter parameter) {
        return Stream.of(parameter.getAnnotations()).noneMatch(a -> NOT_A_BODY.contains(a.annotationType()));
    }

    private void walk(Class<?> type) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            check(type.getSimpleName() + "." + component.getName(), declared(type, component), component.getAnnotatedType());
        }
    }

    /** A text needs a cap, and so do a list or map of anything and each text in it; records are walked into. */
    private void check(String where, AnnotatedElement declared, AnnotatedType type) {
        Class<?> raw = raw(type);
        boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
        AnnotatedType element = type instanceof AnnotatedParameterizedType parameterized
                // a map's keys are ids or enums here; its values are what is written
                ? parameterized.getAnnotatedActualTypeArguments()[parameterized.getAnnotatedActualTypeArguments().length - 1]
                : null;
        // a set of constants holds each at most once
        boolean boundedByItsType = Set.class.isAssignableFrom(raw) && element != null && raw(element).isEnum();
        if ((raw == String.class || container) && !boundedByItsType && !capped(declared, type)) {
            uncapped.add(where);
        }
        if (element != null) {
            check(where + "[]", null, element);
        }
        walk(raw);
    }

    private static boolean capped(AnnotatedElement declared, AnnotatedType type) {
        Size size = declared == null ? null : declared.getAnnotation(Size.class);
        if (size == null) {
            size = type.getAnnotation(Size.class);
        }
        boolean bounded = size != null && size.max() < Integer.MAX_VALUE;
        return bounded || (declared != null && declared.isAnnotationPresent(Pattern.class))
                || type.isAnnotationPresent(Pattern.class);
    }

    private static AnnotatedElement declared(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> raw(AnnotatedType type) {
        java.lang.reflect.Type plain = type.getType();
        if (plain instanceof java.lang.reflect.ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return plain instanceof Class<?> c ? c : Object.class;
    }

    private static List<Class<?>> classesIn(String rootPackage) {
        List<Class<?>> classes = new ArrayList<>();
        try {
            for (URL root : Collections.list(TextCaps.class.getClassLoader().getResources(rootPackage.replace('.', '/')))) {
                // the service's own classes, in a folder while it is built; not its tests'
                if (!"file".equals(root.getProtocol()) || root.getPath().contains("/test-classes/")) {
                    continue;
                }
                Path folder = Path.of(root.toURI());
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        String name = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                        classes.add(Class.forName(rootPackage + "." + name.substring(0, name.length() - ".class".length()),
                                false, TextCaps.class.getClassLoader()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }
}
