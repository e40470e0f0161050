package org.triagedesk.intake.infrastructure.assessment;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.triagedesk.assessment.AssessmentEngine;

/**
 * The one assessment engine of the application. Loading validates every bundled protocol, so a broken
 * protocol fails the deployment instead of the first patient's intake.
 */
public class EngineProducer {

  @Produces
  @Singleton
  AssessmentEngine engine() {
    return AssessmentEngine.withBundledProtocols();
  }
}
