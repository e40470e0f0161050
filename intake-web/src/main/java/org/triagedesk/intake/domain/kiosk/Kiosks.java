package org.triagedesk.intake.domain.kiosk;

import java.util.List;
import java.util.Optional;

/** Where enrolled kiosks are kept. The domain owns this interface; infrastructure implements it. */
public interface Kiosks {

  Kiosk add(Kiosk kiosk);

  Optional<Kiosk> find(long id);

  Optional<Kiosk> withName(String name);

  /** The active kiosk holding this token, found by the token's digest. */
  Optional<Kiosk> withToken(KioskSecret token);

  Optional<Kiosk> withEnrolmentCode(KioskSecret code);

  List<Kiosk> all();
}
