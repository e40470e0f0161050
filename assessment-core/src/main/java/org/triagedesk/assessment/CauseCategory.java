package org.triagedesk.assessment;

/**
 * Likely-cause categories of the upper-back-pain protocol (spec section 5). Never a diagnosis. The engine treats
 * categories as strings declared by each protocol file; this enum is the spec's list, which tests use to check
 * that the bundled protocol declares exactly these ids.
 */
public enum CauseCategory {
  MSK_STRAIN,
  POSTURAL,
  NERVE_ROOT,
  DEGENERATIVE_OA,
  FIBROMYALGIA,
  INFLAMMATORY,
  FRACTURE,
  SPINAL_INFECTION,
  MALIGNANCY,
  CORD_COMPRESSION,
  HERPES_ZOSTER,
  NEUROPATHIC_OTHER,
  CARDIAC_ACS,
  AORTIC,
  PULMONARY,
  GI_OESOPHAGEAL,
  GI_BILIARY,
  SKIN_SUPERFICIAL
}
