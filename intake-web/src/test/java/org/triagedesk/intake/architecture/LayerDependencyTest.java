package org.triagedesk.intake.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of docs/architecture.md, checked on every build: interfaces call application
 * services; application services call the domain; infrastructure implements the domain's interfaces; the
 * domain depends on nothing of ours but the assessment engine's values.
 */
class LayerDependencyTest {

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.triagedesk.intake");

  @Test
  void layers_shouldOnlyDependInwards() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Interfaces").definedBy("org.triagedesk.intake.interfaces..")
        .layer("Application").definedBy("org.triagedesk.intake.application..")
        .layer("Domain").definedBy("org.triagedesk.intake.domain..")
        .layer("Infrastructure").definedBy("org.triagedesk.intake.infrastructure..")
        .whereLayer("Interfaces").mayNotBeAccessedByAnyLayer()
        .whereLayer("Application").mayOnlyBeAccessedByLayers("Interfaces")
        .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Infrastructure")
        .whereLayer("Infrastructure").mayNotBeAccessedByAnyLayer()
        .check(CLASSES);
  }

  @Test
  void domain_shouldNotKnowTheWebOrTheApi() {
    noClasses()
        .that().resideInAPackage("org.triagedesk.intake.domain..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..", "jakarta.faces..", "jakarta.inject..", "jakarta.enterprise..")
        .check(CLASSES);
  }

  @Test
  void resources_shouldNeverReturnEntities() {
    noClasses()
        .that().resideInAPackage("org.triagedesk.intake.interfaces..")
        .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
        .check(CLASSES);
  }
}
