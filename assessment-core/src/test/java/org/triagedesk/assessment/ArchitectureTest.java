package org.triagedesk.assessment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The engine stays plain Java: no container, no spreadsheets, no knowledge of the modules that use
 * it.
 */
@AnalyzeClasses(
    packages = "org.triagedesk.assessment",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule engineDependsOnNoContainerPoiOrOtherModule =
      noClasses()
          .that()
          .resideInAPackage("org.triagedesk.assessment..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta..",
              "org.apache.poi..",
              "org.triagedesk.intake..",
              "org.triagedesk.reporting..")
          .orShould()
          .dependOnClassesThat(
              com.tngtech.archunit.base.DescribedPredicate.describe(
                  "are in javax.. other than javax.annotation..",
                  javaClass ->
                      javaClass.getPackageName().startsWith("javax.")
                          && !javaClass.getPackageName().startsWith("javax.annotation")));

  @ArchTest
  static final ArchRule protocolModelDoesNotKnowTheEvaluator =
      noClasses()
          .that()
          .resideInAPackage("org.triagedesk.assessment.protocol..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.triagedesk.assessment.rules..", "org.triagedesk.assessment.cli..");
}
