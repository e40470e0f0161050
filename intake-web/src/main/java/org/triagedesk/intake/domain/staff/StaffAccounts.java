package org.triagedesk.intake.domain.staff;

import java.util.List;
import java.util.Optional;

/** Where staff accounts are kept. The domain owns this interface; infrastructure implements it. */
public interface StaffAccounts {

  StaffAccount add(StaffAccount account);

  Optional<StaffAccount> withUsername(String username);

  List<StaffAccount> all();

  /** Whether any enabled account holds the ADMIN role. */
  boolean anyEnabledAdmin();
}
