package org.triagedesk.intake.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of docs/architecture.md, checked on every build: interfaces call application
 * services, and only them (not the engine, not the reporting library); application services call
 * the domain and the libraries; infrastructure implements the domain's interfaces; the domain
 * depends on nothing of ours but the assessment engine's values; the engine's compiled rules stay
 * inside the engine. The libraries are imported too, so that a dependency on them is seen
 * (docs/adr/0006).
 */
class LayerDependencyTest {

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(
              "org.triagedesk.intake", "org.triagedesk.assessment", "org.triagedesk.reporting");

  static final String INTAKE = "org.triagedesk.intake..";

  @Test
  void layers_shouldOnlyDependInwards() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Interfaces")
        .definedBy("org.triagedesk.intake.interfaces..")
        .layer("Application")
        .definedBy("org.triagedesk.intake.application..")
        .layer("Domain")
        .definedBy("org.triagedesk.intake.domain..")
        .layer("Infrastructure")
        .definedBy("org.triagedesk.intake.infrastructure..")
        .whereLayer("Interfaces")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Application")
        .mayOnlyBeAccessedByLayers("Interfaces")
        .whereLayer("Domain")
        .mayOnlyBeAccessedByLayers("Application", "Infrastructure")
        .whereLayer("Infrastructure")
        .mayNotBeAccessedByAnyLayer()
        .check(CLASSES);
  }

  @Test
  void interfaces_shouldUseOnlyTheApplicationLayer_neverTheLibrariesOrTheDomain() {
    // The layered rule above only sees dependencies between layers; the libraries are not layers,
    // so this
    // rule names them.
    noClasses()
        .that()
        .resideInAPackage("org.triagedesk.intake.interfaces..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.triagedesk.assessment..",
            "org.triagedesk.reporting..",
            "org.triagedesk.intake.domain..",
            "org.triagedesk.intake.infrastructure..")
        .check(CLASSES);
  }

  @Test
  void reportingLibrary_shouldBeUsedOnlyByTheApplicationLayer() {
    noClasses()
        .that()
        .resideInAPackage(INTAKE)
        .and()
        .resideOutsideOfPackage("org.triagedesk.intake.application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.triagedesk.reporting..")
        .check(CLASSES);
  }

  @Test
  void engineRules_shouldStayInsideTheEngine() {
    // assessment.rules is the engine's compiled form of a protocol: its shape may change with any
    // optimisation, so nothing outside the engine may hold on to it.
    noClasses()
        .that()
        .resideOutsideOfPackage("org.triagedesk.assessment..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.triagedesk.assessment.rules..")
        .check(CLASSES);
  }

  @Test
  void domain_shouldNotKnowTheWebOrTheApi() {
    noClasses()
        .that()
        .resideInAPackage("org.triagedesk.intake.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.ws.rs..",
            "jakarta.servlet..",
            "jakarta.faces..",
            "jakarta.inject..",
            "jakarta.enterprise..")
        .check(CLASSES);
  }

  @Test
  void resources_shouldNeverReturnEntities() {
    noClasses()
        .that()
        .resideInAPackage("org.triagedesk.intake.interfaces..")
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(jakarta.persistence.Entity.class)
        .check(CLASSES);
  }
}
