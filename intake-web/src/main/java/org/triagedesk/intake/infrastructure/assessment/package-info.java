/** Makes the plain-Java assessment engine available to the application, loaded once at start-up. */
package org.triagedesk.intake.infrastructure.assessment;
