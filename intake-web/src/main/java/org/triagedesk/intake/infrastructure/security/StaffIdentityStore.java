package org.triagedesk.intake.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.triagedesk.intake.infrastructure.persistence.DataSourceDeclaration;

/**
 * Staff passwords are checked by the platform's own database identity store against {@code
 * staff_account}: only enabled accounts, roles from {@code staff_role}, hashes verified by {@link
 * Pbkdf2PasswordHash} (the parameters match {@link
 * org.triagedesk.intake.domain.staff.PasswordPolicy}; verification reads the algorithm and
 * iterations stored in each hash).
 */
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = DataSourceDeclaration.JNDI_NAME,
    callerQuery = "SELECT password_hash FROM staff_account WHERE username = ? AND enabled = TRUE",
    groupsQuery =
        "SELECT r.role FROM staff_role r JOIN staff_account a ON a.id = r.account_id"
            + " WHERE a.username = ? AND a.enabled = TRUE",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512",
      "Pbkdf2PasswordHash.Iterations=210000",
      "Pbkdf2PasswordHash.SaltSizeBytes=32",
      "Pbkdf2PasswordHash.KeySizeBytes=64"
    },
    priority = 10)
@ApplicationScoped
public class StaffIdentityStore {}
