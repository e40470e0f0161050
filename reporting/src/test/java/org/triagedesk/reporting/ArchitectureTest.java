package org.triagedesk.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  @Test
  void reporting_shouldDependOnNoContainerAndNoWebModule() {
    var classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.triagedesk.reporting");

    noClasses()
        .that()
        .resideInAPackage("org.triagedesk.reporting..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta..", "javax..", "org.triagedesk.intake..")
        .check(classes);
  }
}
