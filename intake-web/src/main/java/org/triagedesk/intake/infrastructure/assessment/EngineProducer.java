package org.triagedesk.intake.infrastructure.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.triagedesk.assessment.AssessmentEngine;

/**
 * The one assessment engine of the application, loaded when the application starts: loading
 * validates every bundled protocol, so a broken protocol fails the deployment instead of the first
 * patient's intake.
 */
@ApplicationScoped
public class EngineProducer {

  @Produces
  @Singleton
  AssessmentEngine engine() {
    return AssessmentEngine.withBundledProtocols();
  }

  void loadAtStartup(
      @Observes @Initialized(ApplicationScoped.class) Object started, AssessmentEngine engine) {
    engine.protocols();
  }
}
