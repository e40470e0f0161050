/** Small values shared by the domain's aggregates. */
package org.triagedesk.intake.domain.shared;
