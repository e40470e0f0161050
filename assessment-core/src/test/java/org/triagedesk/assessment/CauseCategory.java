package org.triagedesk.assessment;

/**
 * Likely-cause categories of the upper-back-pain protocol, as listed under "Likely-cause
 * categories" in docs/clinical/upper-back-pain.md. Never a diagnosis. The engine treats categories
 * as strings declared by each protocol file, so this list is test code only: a test checks that the
 * bundled protocol declares exactly these ids, in this order.
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
