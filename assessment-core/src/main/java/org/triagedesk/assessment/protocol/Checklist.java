package org.triagedesk.assessment.protocol;

import java.util.List;
import org.triagedesk.assessment.LocalizedText;

/**
 * Yes/no questions of one section that the kiosk asks together, as "tick any that apply" with "None
 * of these" (the GOV.UK checkbox pattern), so that a patient answers a list of symptoms on one
 * screen instead of one screen each. A ticked item is a yes, an item left unticked when the patient
 * continues is a no, and a skipped checklist leaves every item unanswered. The questions keep their
 * ids and their own wording: the engine, the API and the nurse see the same answers as if each had
 * been asked alone (docs/clinical/product-decisions.md, "Checklists").
 */
public record Checklist(String id, LocalizedText text, List<Item> items) {

  public Checklist {
    items = List.copyOf(items);
  }

  /** One yes/no question of the checklist, with the short label the checklist shows for it. */
  public record Item(String question, LocalizedText label) {}

  public List<String> questions() {
    return items.stream().map(Item::question).toList();
  }
}
