/** MicroProfile Health checks: readiness means the database answers and its schema is migrated. */
package org.triagedesk.intake.infrastructure.health;
