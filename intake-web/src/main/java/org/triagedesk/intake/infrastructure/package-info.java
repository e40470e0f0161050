/** Technical services behind the application: persistence, health, the engine, clock and JSON. */
package org.triagedesk.intake.infrastructure;
