package org.triagedesk.intake.application.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * HAPI's instance validator with the R4 core definitions, plus this application's Questionnaires so
 * that a QuestionnaireResponse is checked against the questions it answers (types, options,
 * enableWhen). Made once: loading the core definitions takes seconds.
 */
final class FhirValidation {

  private static final Map<String, Questionnaire> QUESTIONNAIRES = new ConcurrentHashMap<>();
  private static FhirValidator validator;

  private FhirValidation() {}

  static synchronized FhirValidator validator() {
    if (validator == null) {
      FhirContext context = FhirR4.context();
      ValidationSupportChain chain =
          new ValidationSupportChain(
              new Questionnaires(context),
              new DefaultProfileValidationSupport(context),
              new InMemoryTerminologyServerValidationSupport(context),
              new CommonCodeSystemsTerminologyService(context),
              new SnapshotGeneratingValidationSupport(context));
      FhirInstanceValidator module = new FhirInstanceValidator(chain);
      validator = context.newValidator().registerValidatorModule(module);
    }
    return validator;
  }

  static void know(Questionnaire questionnaire) {
    QUESTIONNAIRES.put(questionnaire.getUrl(), questionnaire);
  }

  /** Errors and fatal errors only. */
  static List<SingleValidationMessage> errors(List<SingleValidationMessage> messages) {
    return messages.stream()
        .filter(
            m ->
                m.getSeverity() == ResultSeverityEnum.ERROR
                    || m.getSeverity() == ResultSeverityEnum.FATAL)
        .toList();
  }

  static List<SingleValidationMessage> validate(IBaseResource resource) {
    return validator().validateWithResult(resource).getMessages();
  }

  /** Hands the validator our Questionnaires by canonical URL (with or without "|version"). */
  private record Questionnaires(FhirContext context) implements IValidationSupport {
    @Override
    public FhirContext getFhirContext() {
      return context;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends IBaseResource> T fetchResource(Class<T> type, String uri) {
      if (uri == null || (type != null && !type.isAssignableFrom(Questionnaire.class))) {
        return null;
      }
      String url = uri.contains("|") ? uri.substring(0, uri.indexOf('|')) : uri;
      Questionnaire found = QUESTIONNAIRES.get(url);
      return (T) found;
    }
  }
}
