package io.opencert.commons.testing;

import io.opencert.commons.problem.Rule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's part of the rules catalogue ({@code docs/rules/<service>.md}): generated from the service's rule enum,
 * each rule with its problem type, the clause it comes from, the classes that enforce it and the tests that prove it
 * (the service's and the end-to-end tests that name its problem type or its constant). {@link #verify()} fails when a
 * rule has no source, is enforced nowhere or proved by no test, when a 409 is thrown without a rule, or when the
 * catalogue file is not what the code generates; {@code -Drules.catalogue.write=true} writes it instead.
 */
public final class RulesCatalogue {
    /** The sources a rule may cite; the catalogue's README explains each. */
    static final List<String> SOURCES = List.of("ISO/IEC 17021-1", "ISO/IEC 20000-6", "ISO/IEC 20000-1",
            "ISO/IEC TR 20000-9", "IAF MD 1", "IAF MD 2", "IAF MD 4", "IAF MD 5", "IAF MD 11", "Scheme", "Workflow");
    private static final Pattern UNRULED_CONFLICT = Pattern.compile("ProblemException\\(\\s*409\\b");

    private final String service;
    private final Class<? extends Rule> rules;
    private final Path module;
    private final Path repository;

    private RulesCatalogue(String service, Class<? extends Rule> rules, Path module) {
        this.service = service;
        this.rules = rules;
        this.module = module;
        this.repository = module.getParent();
    }

    /** The catalogue of {@code service}, whose rules are the constants of the enum {@code rules}. */
    public static RulesCatalogue of(String service, Class<? extends Rule> rules) {
        // Maven runs a module's tests in the module's directory
        return of(service, rules, Path.of("").toAbsolutePath());
    }

    /** The catalogue of the service whose module lies in {@code module}, a directory of the repository. */
    static RulesCatalogue of(String service, Class<? extends Rule> rules, Path module) {
        if (!rules.isEnum()) {
            throw new IllegalArgumentException(rules + " is not an enum");
        }
        return new RulesCatalogue(service, rules, module);
    }

    public Path file() {
        return repository.resolve("docs/rules/" + service + ".md");
    }

    public void verify() {
        Map<Path, String> main = sources(module.resolve("src/main/java"));
        Map<Path, String> tests = new TreeMap<>(sources(module.resolve("src/test/java")));
        tests.putAll(sources(repository.resolve("e2e/src/test/java")));
        assertThat(main.entrySet().stream().filter(source -> UNRULED_CONFLICT.matcher(source.getValue()).find())
                .map(source -> module.relativize(source.getKey()).toString()))
                .as("a refusal (409) names its rule: throw RuleViolation with a constant of %s",
                        rules.getSimpleName())
                .isEmpty();
        List<String> problems = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        Set<String> slugs = new HashSet<>();
        for (Rule rule : rules.getEnumConstants()) {
            if (!slugs.add(rule.slug())) {
                problems.add(rule.slug() + ": problem type listed twice");
            }
            if (SOURCES.stream().noneMatch(rule.source()::startsWith)) {
                problems.add(rule.slug() + ": source \"" + rule.source() + "\" does not start with one of " + SOURCES);
            }
            Set<String> enforcedBy = classesNaming(main, rule, false);
            enforcedBy.remove(rules.getSimpleName());
            Set<String> provedBy = classesNaming(tests, rule, true);
            if (enforcedBy.isEmpty()) {
                problems.add(rule.slug() + ": enforced nowhere (no class of src/main/java uses "
                        + rules.getSimpleName() + "." + rule.name() + ")");
            }
            if (provedBy.isEmpty()) {
                problems.add(rule.slug() + ": no test names its problem type or " + rules.getSimpleName() + "."
                        + rule.name());
            }
            table.append("| `").append(rule.slug()).append("` | ").append(rule.status()).append(" | ")
                    .append(rule.title()).append(" | ")
                    .append(rule.source()).append(" | ").append(String.join(", ", enforcedBy)).append(" | ")
                    .append(String.join(", ", provedBy)).append(" |\n");
        }
        assertThat(problems).as("rules of %s", service).isEmpty();
        String expected = render(table.toString());
        if (Boolean.getBoolean("rules.catalogue.write")) {
            write(expected);
            return;
        }
        assertThat(read())
                .as("%s is generated from %s; regenerate it with ./mvnw -pl %s test -Dtest=RulesCatalogueTest "
                        + "-Drules.catalogue.write=true", repository.relativize(file()), rules.getSimpleName(),
                        module.getFileName())
                .isEqualTo(expected);
    }

    private String render(String rows) {
        return "# Rules of " + service + "\n\n"
                + "Every request " + service + " refuses because it breaks a rule answers with the status and the "
                + "problem type `https://opencert.io/problems/<type>` listed here. Generated from `"
                + rules.getName() + "` by `RulesCatalogueTest`; do not edit by hand. The sources are explained in [README.md](README.md).\n\n"
                + "| Problem type | Status | Title | Source | Enforced by | Proved by |\n"
                + "|---|---|---|---|---|---|\n"
                + rows;
    }

    /**
     * The classes among {@code sources} that use the rule's constant (with the enum's name in the file), or, for
     * tests, that name its problem type.
     */
    private Set<String> classesNaming(Map<Path, String> sources, Rule rule, boolean bySlug) {
        Pattern constant = Pattern.compile("\\b" + rule.name() + "\\b");
        Pattern slug = Pattern.compile("(?<![a-z0-9-])" + Pattern.quote(rule.slug()) + "(?![a-z0-9-])");
        Set<String> classes = new TreeSet<>();
        sources.forEach((path, text) -> {
            boolean usesConstant = text.contains(rules.getSimpleName()) && constant.matcher(text).find();
            if (usesConstant || bySlug && slug.matcher(text).find()) {
                classes.add(path.getFileName().toString().replace(".java", ""));
            }
        });
        return classes;
    }

    private static Map<Path, String> sources(Path root) {
        if (!Files.isDirectory(root)) {
            return Map.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".java"))
                    .collect(Collectors.toMap(path -> path, RulesCatalogue::text, (a, b) -> a, TreeMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read() {
        return Files.exists(file()) ? text(file()) : "";
    }

    private void write(String catalogue) {
        try {
            Files.createDirectories(file().getParent());
            Files.writeString(file(), catalogue, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
