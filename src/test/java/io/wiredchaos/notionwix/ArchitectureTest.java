package io.wiredchaos.notionwix;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Enforces the dependency table of DESIGN.md §2 (docs/architecture.md): each feature package may use only the
 * packages listed for it. {@code config} is the shared settings leaf; the root package is the composition root.
 */
class ArchitectureTest {

  private static final String BASE = "io.wiredchaos.notionwix";

  /** package → packages of ours it may depend on (besides itself and its sub-packages). */
  static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("sync", Set.of()),
      Map.entry("remote", Set.of()),
      Map.entry("sandbox", Set.of()),
      Map.entry("config", Set.of()),
      Map.entry("mapping", Set.of("notion.api", "wix.api")),
      Map.entry("notion", Set.of("remote", "mapping", "sync", "config")),
      Map.entry("wix", Set.of("remote", "mapping", "sync", "config")),
      Map.entry("store", Set.of("sync", "config")),
      Map.entry("report", Set.of("sync", "remote", "config")),
      Map.entry("schedule", Set.of("sync", "config")),
      Map.entry("web", Set.of("sync", "config", "notion", "wix", "store", "remote")),
      Map.entry("cli", Set.of("sync", "config", "store", "sandbox", "root", "bench")),
      Map.entry("bench", Set.of("sync", "sandbox", "root")));

  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(BASE);

  @Test
  void featurePackagesUseOnlyWhatTheDesignAllows() {
    ALLOWED.forEach((pkg, allowed) -> rule(pkg, allowed).check(CLASSES));
  }

  @Test
  void syncEngineIsPure() {
    noClasses().that().resideInAPackage(BASE + ".sync..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "java.net.http..", "java.sql..", "javax.sql..", "tools.jackson..")
        .because("the engine is pure: no Spring, HTTP or JDBC (DESIGN.md §2)")
        .check(CLASSES);
  }

  /** Wire-record packages are slices of their own: {@code mapping → notion.api} and {@code notion → mapping} is allowed. */
  @Test
  void featurePackagesHaveNoCycles() {
    slices().assignedFrom(new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String pkg = javaClass.getPackageName();
        if (!pkg.startsWith(BASE + ".")) {
          return SliceIdentifier.ignore();
        }
        String[] parts = pkg.substring(BASE.length() + 1).split("\\.");
        boolean wire = parts.length > 1 && parts[1].equals("api");
        return SliceIdentifier.of(wire ? parts[0] + ".api" : parts[0]);
      }

      @Override
      public String getDescription() {
        return "feature packages, with notion.api and wix.api on their own";
      }
    }).should().beFreeOfCycles().check(CLASSES);
  }

  static ArchRule rule(String pkg, Set<String> allowed) {
    List<String> forbidden = ALLOWED.keySet().stream()
        .filter(other -> !other.equals(pkg) && !allowed.contains(other))
        .filter(other -> !allowed.stream().anyMatch(a -> a.startsWith(other + ".")))
        .map(other -> BASE + "." + other + "..")
        .collect(Collectors.toList());
    forbidden.addAll(forbiddenParentsOfAllowedSubpackages(pkg, allowed));
    var rule = noClasses().that().resideInAPackage(BASE + "." + pkg + "..");
    var should = allowed.contains("root")
        ? rule.should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
        : rule.should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
            .orShould().dependOnClassesThat().resideInAPackage(BASE);
    return should.because(pkg + " may depend only on " + (allowed.isEmpty() ? "nothing of ours" : allowed)
        + " (DESIGN.md §2)");
  }

  /** Allowing {@code notion.api} allows the wire records only, not the rest of {@code notion}. */
  private static List<String> forbiddenParentsOfAllowedSubpackages(String pkg, Set<String> allowed) {
    return allowed.stream()
        .filter(a -> a.contains("."))
        .map(a -> a.substring(0, a.indexOf('.')))
        .filter(parent -> !allowed.contains(parent) && !parent.equals(pkg))
        .map(parent -> BASE + "." + parent)
        .distinct()
        .collect(Collectors.toList());
  }
}
