package org.triagedesk.intake.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.triagedesk.intake.domain.kiosk.Kiosks;

/**
 * Enrolled kiosks: a token is valid while its kiosk is not revoked. The caller is {@code
 * kiosk:<name>}.
 */
@ApplicationScoped
public class KioskIdentityStore implements IdentityStore {

  static final String KIOSK_GROUP = "KIOSK";
  static final String PREFIX = "kiosk:";

  @Inject Kiosks kiosks;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof KioskTokenCredential kiosk)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return kiosks
        .withToken(kiosk.token())
        .filter(k -> k.isActive())
        .map(k -> new CredentialValidationResult(PREFIX + k.name(), Set.of(KIOSK_GROUP)))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  @Override
  public int priority() {
    return 20;
  }
}
