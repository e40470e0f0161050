package org.triagedesk.intake.application;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.triagedesk.assessment.LocalizedText;
import org.triagedesk.assessment.protocol.Protocol;
import org.triagedesk.assessment.protocol.Question;

/**
 * Turns a protocol's ids into the clinical words staff read: question wording, option labels,
 * red-flag descriptions, cause names and sources. Staff pages are in English; patients' own
 * language stays theirs.
 */
final class ProtocolWording {

  static final String STAFF_LANGUAGE = "en";

  /**
   * Cause categories in clinical words. The protocol file names categories by id only (issue 10
   * owns the file); until it carries labels, the staff names live here, and an unknown id is shown
   * as it is.
   */
  static final Map<String, String> CAUSE_NAMES =
      Map.ofEntries(
          Map.entry("MSK_STRAIN", "Muscle strain"),
          Map.entry("POSTURAL", "Postural pain"),
          Map.entry("NERVE_ROOT", "Nerve root irritation (radiculopathy)"),
          Map.entry("DEGENERATIVE_OA", "Degenerative joint disease (osteoarthritis)"),
          Map.entry("FIBROMYALGIA", "Fibromyalgia"),
          Map.entry("INFLAMMATORY", "Inflammatory back pain"),
          Map.entry("FRACTURE", "Vertebral fracture"),
          Map.entry("SPINAL_INFECTION", "Spinal infection"),
          Map.entry("MALIGNANCY", "Possible malignancy"),
          Map.entry("CORD_COMPRESSION", "Spinal cord compression"),
          Map.entry("HERPES_ZOSTER", "Shingles (herpes zoster)"),
          Map.entry("NEUROPATHIC_OTHER", "Other nerve pain"),
          Map.entry("CARDIAC_ACS", "Heart attack / acute coronary syndrome"),
          Map.entry("AORTIC", "Aortic dissection or aneurysm"),
          Map.entry("PULMONARY", "Lung cause (embolism, pneumonia, pleurisy)"),
          Map.entry("GI_OESOPHAGEAL", "Oesophagus or stomach"),
          Map.entry("GI_BILIARY", "Gallbladder (biliary)"),
          Map.entry("SKIN_SUPERFICIAL", "Skin or superficial cause"));

  private final Protocol protocol;

  /**
   * {@code protocol} may be null: an intake of a protocol this server no longer loads keeps its
   * ids.
   */
  ProtocolWording(Protocol protocol) {
    this.protocol = protocol;
  }

  String redFlag(String id) {
    if (protocol == null) {
      return id;
    }
    return protocol.redFlag(id).map(flag -> text(flag.description())).orElse(id);
  }

  List<String> redFlags(List<String> ids) {
    return ids.stream().map(this::redFlag).toList();
  }

  static String cause(String category) {
    return CAUSE_NAMES.getOrDefault(category, category);
  }

  static List<String> causes(List<String> categories) {
    return categories.stream().map(ProtocolWording::cause).toList();
  }

  String question(String id) {
    if (protocol == null) {
      return id;
    }
    return protocol.question(id).map(q -> text(q.text())).orElse(id);
  }

  /** An answer in words: option labels for choices, yes/no for booleans, numbers as they are. */
  String answer(String questionId, Object value) {
    Question question = protocol == null ? null : protocol.question(questionId).orElse(null);
    if (value instanceof Collection<?> values) {
      return String.join(", ", values.stream().map(v -> answer(questionId, v)).toList());
    }
    if (value instanceof Boolean yes) {
      return yes ? "Yes" : "No";
    }
    if (value instanceof BigDecimal number) {
      return number.stripTrailingZeros().toPlainString();
    }
    if (value instanceof String option && question != null) {
      return question.option(option).map(o -> text(o.label())).orElse(option);
    }
    return String.valueOf(value);
  }

  String source(String id) {
    return protocol == null ? id : protocol.sources().getOrDefault(id, id);
  }

  String safetyNet() {
    return protocol == null || protocol.safetyNet() == null ? null : text(protocol.safetyNet());
  }

  Protocol protocol() {
    return protocol;
  }

  static String text(LocalizedText text) {
    return text == null ? null : text.in(STAFF_LANGUAGE);
  }
}
