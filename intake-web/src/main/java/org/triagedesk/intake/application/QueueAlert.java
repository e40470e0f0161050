package org.triagedesk.intake.application;

import java.time.Instant;
import org.triagedesk.assessment.Urgency;

/**
 * An emergency no nurse has acknowledged yet, as the banner on every staff page shows it: the
 * ticket and what fired, never the patient's name (the banner is seen across the room).
 */
public record QueueAlert(
    long id, String ticket, Urgency urgency, Instant raisedAt, String reason) {}
