package org.triagedesk.intake.application.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.util.Locale;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The one FHIR R4 context of the application and the two ways of writing a resource. A {@link
 * FhirContext} scans the whole R4 model when made (seconds on a busy machine) and is thread-safe,
 * so it is made once and shared; it is made on the first FHIR request, not at start-up, so a server
 * that never exchanges FHIR never pays for it.
 */
public final class FhirR4 {

  public static final String JSON = "application/fhir+json";
  public static final String XML = "application/fhir+xml";

  /** Canonical base of everything this application names in FHIR (Questionnaires, code systems). */
  public static final String BASE = "http://triagedesk.org/fhir";

  private FhirR4() {}

  /**
   * The lazy holder idiom: the class loader makes the context once, on first use, thread-safely.
   */
  private static final class Holder {
    static final FhirContext CONTEXT = FhirContext.forR4();
  }

  public static FhirContext context() {
    return Holder.CONTEXT;
  }

  /** How a client asked for the resource. */
  public enum Format {
    JSON(FhirR4.JSON),
    XML(FhirR4.XML);

    private final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }

    public String mediaType() {
      return mediaType;
    }

    /**
     * FHIR's {@code _format} parameter wins (json, xml or a media type), then the Accept header;
     * JSON by default. An unknown {@code _format} is refused (empty) rather than guessed.
     */
    public static java.util.Optional<Format> of(String formatParameter, String accept) {
      if (formatParameter != null && !formatParameter.isBlank()) {
        String f = formatParameter.strip().toLowerCase(Locale.ROOT);
        if (f.equals("json") || f.equals("application/json") || f.equals(FhirR4.JSON)) {
          return java.util.Optional.of(JSON);
        }
        if (f.equals("xml")
            || f.equals("application/xml")
            || f.equals("text/xml")
            || f.equals(FhirR4.XML)) {
          return java.util.Optional.of(XML);
        }
        return java.util.Optional.empty();
      }
      String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
      boolean xml =
          a.contains("fhir+xml") || a.contains("application/xml") || a.contains("text/xml");
      return java.util.Optional.of(xml && !a.contains("json") ? XML : JSON);
    }
  }

  public static String encode(IBaseResource resource, Format format) {
    IParser parser = format == Format.XML ? context().newXmlParser() : context().newJsonParser();
    return parser.setPrettyPrint(true).encodeResourceToString(resource);
  }
}
