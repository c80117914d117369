package org.ustoz.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The boundary rules every module's architecture test checks (ArchUnit), in one place:
 *
 * <ul>
 *   <li>entities, embeddables and mapped superclasses live in {@code internal} packages;</li>
 *   <li>no API type (public, outside an {@code internal} package) exposes an internal type: not as a
 *   supertype, a public field, or a parameter or return type of a public method or constructor;</li>
 *   <li>the packages have no cycles; the module entry points ({@code Ustoz}, {@code Courses},
 *   {@code Assessments}) are the composition roots that wire a module's internals and are the only
 *   dependencies left out of that check;</li>
 *   <li>every package has a {@code package-info.java} whose first sentence says whether it is API,
 *   SPI or internal.</li>
 * </ul>
 */
public final class Architecture {

    /** Composition roots: they construct the internal implementations of their module. */
    public static final Set<String> ENTRY_POINTS = Set.of("org.ustoz.core.Ustoz", "org.ustoz.courses.Courses",
            "org.ustoz.assessments.Assessments");

    private Architecture() {
    }

    /** The main (not test) classes of the packages under {@code root}. */
    public static JavaClasses mainClasses(String root) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(root);
    }

    /** Whether a class lies in an internal package. */
    public static boolean isInternal(JavaClass c) {
        return c.getPackageName().contains(".internal");
    }

    private static final DescribedPredicate<JavaClass> INTERNAL =
            DescribedPredicate.describe("in an internal package", Architecture::isInternal);

    /** Entities, embeddables and mapped superclasses reside in internal packages. */
    public static ArchRule entitiesAreInternal() {
        return classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                .or().areAnnotatedWith("jakarta.persistence.Embeddable")
                .or().areAnnotatedWith("jakarta.persistence.MappedSuperclass")
                .or().areAnnotatedWith("jakarta.persistence.Converter")
                .should().resideInAPackage("..internal..")
                .allowEmptyShould(true);
    }

    /** No public type of an API or SPI package exposes an internal type or a JPA type. */
    public static ArchRule apiExposesNoInternalType() {
        return classes().that().arePublic().and(DescribedPredicate.not(INTERNAL))
                // the transaction SPI: a host that owns the persistence unit lends Ustoz its own
                // transaction-bound EntityManager; Ustoz never hands one out
                .and().resideOutsideOfPackage("org.ustoz.core.tx")
                .should(new ArchCondition<>("expose no internal type and no EntityManager") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        List<String> problems = new ArrayList<>();
                        c.getRawSuperclass().filter(Architecture::isForbiddenInApi)
                                .ifPresent(s -> problems.add("extends " + s.getName()));
                        c.getRawInterfaces().stream().filter(Architecture::isForbiddenInApi)
                                .forEach(i -> problems.add("implements " + i.getName()));
                        for (JavaField f : c.getFields()) {
                            if (f.getModifiers().contains(JavaModifier.PUBLIC)
                                    && f.getType().getAllInvolvedRawTypes().stream().anyMatch(Architecture::isForbiddenInApi)) {
                                problems.add("field " + f.getName());
                            }
                        }
                        for (JavaCodeUnit m : c.getCodeUnits()) {
                            if (!m.getModifiers().contains(JavaModifier.PUBLIC)
                                    && !m.getModifiers().contains(JavaModifier.PROTECTED)) {
                                continue;
                            }
                            m.getParameterTypes().forEach(p -> p.getAllInvolvedRawTypes().stream()
                                    .filter(Architecture::isForbiddenInApi)
                                    .forEach(t -> problems.add(m.getName() + " takes " + t.getName())));
                            m.getReturnType().getAllInvolvedRawTypes().stream().filter(Architecture::isForbiddenInApi)
                                    .forEach(t -> problems.add(m.getName() + " returns " + t.getName()));
                        }
                        problems.forEach(p -> events.add(SimpleConditionEvent.violated(c, c.getName() + ": " + p)));
                    }
                });
    }

    private static boolean isForbiddenInApi(JavaClass t) {
        String name = t.getName();
        return (name.startsWith("org.ustoz.") && isInternal(t))
                || name.equals("jakarta.persistence.EntityManager")
                || t.isAnnotatedWith("jakarta.persistence.Entity")
                || t.isAnnotatedWith("jakarta.persistence.Embeddable");
    }

    /** No cycles between the packages under {@code root}, leaving out the composition roots. */
    public static ArchRule noPackageCycles(String root) {
        return SlicesRuleDefinition.slices().matching("org.ustoz.(**)").should().beFreeOfCycles()
                .ignoreDependency(DescribedPredicate.describe("an entry point",
                        Architecture::isEntryPoint), DescribedPredicate.alwaysTrue());
    }

    /** Whether a class is an entry point or one of its nested classes (its builder). */
    public static boolean isEntryPoint(JavaClass c) {
        String name = c.getName();
        int nested = name.indexOf('$');
        return ENTRY_POINTS.contains(nested < 0 ? name : name.substring(0, nested));
    }

    /** Classes under {@code from} use nothing of the packages under {@code other}. */
    public static ArchRule doesNotDependOn(String from, String other) {
        return noClasses().that().resideInAPackage(from + "..").should().dependOnClassesThat()
                .resideInAPackage(other + "..");
    }

    /**
     * Classes outside module {@code module} (under {@code org.ustoz}) use none of its internals, except
     * the dependencies {@code allowed} accepts.
     */
    public static ArchRule internalsStayInside(String module, Predicate<Dependency> allowed) {
        return noClasses().that().resideOutsideOfPackage(module + "..")
                .should(new ArchCondition<>("use no internal class of " + module) {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        for (Dependency d : c.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass();
                            if (target.getPackageName().startsWith(module + ".") && isInternal(target)
                                    && !allowed.test(d)) {
                                events.add(SimpleConditionEvent.satisfied(c, d.getDescription()));
                            }
                        }
                    }
                });
    }

    private static final Pattern FIRST_SENTENCE = Pattern.compile("/\\*\\*\\s*(.*?)(\\.\\s|\\*/)", Pattern.DOTALL);

    /**
     * Every package with Java sources under {@code sourceRoot} has a {@code package-info.java} whose
     * first javadoc sentence starts with "API", "SPI" or "Internal". Returns the packages checked.
     */
    public static Set<String> assertEveryPackageSaysWhatItIs(Path sourceRoot) {
        Set<String> checked = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(sourceRoot)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                boolean hasJava;
                try (Stream<Path> files = Files.list(dir)) {
                    hasJava = files.anyMatch(f -> f.toString().endsWith(".java")
                            && !f.getFileName().toString().equals("package-info.java"));
                }
                if (!hasJava) {
                    continue;
                }
                String pkg = sourceRoot.relativize(dir).toString().replace('/', '.');
                checked.add(pkg);
                Path info = dir.resolve("package-info.java");
                if (!Files.exists(info)) {
                    problems.add(pkg + ": no package-info.java");
                    continue;
                }
                Matcher m = FIRST_SENTENCE.matcher(Files.readString(info, StandardCharsets.UTF_8));
                String sentence = m.find() ? m.group(1).replaceAll("\\s*\\*\\s*", " ").strip() : "";
                if (!sentence.matches("(API|SPI|Internal)\\b.*")) {
                    problems.add(pkg + ": package-info does not start with API, SPI or Internal: " + sentence);
                }
                boolean internal = pkg.contains(".internal");
                if (internal != sentence.startsWith("Internal")) {
                    problems.add(pkg + ": says '" + sentence + "' but is " + (internal ? "" : "not ") + "internal");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(problems).as("package-info.java of every package").isEmpty();
        assertThat(checked).isNotEmpty();
        return checked;
    }
}
