package org.triagedesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagedesk.intake.domain.intake.IntakeRepository;

/**
 * The public screen in the waiting room: patients called to a room in the last few minutes ({@code
 * TRIAGE_WAITING_ROOM_SECONDS}, default 300) who are still on their way. Not audited: it shows only
 * tickets and rooms, as the screen on the wall does.
 */
@ApplicationScoped
public class WaitingRoomScreen {

  @Inject IntakeRepository intakes;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "triage.waiting-room.seconds", defaultValue = "300")
  long shownSeconds;

  /** Latest call first. */
  @Transactional
  public List<WaitingRoomCall> calls() {
    return intakes
        .calledToRoomSince(clock.instant().minus(Duration.ofSeconds(Math.max(1, shownSeconds))))
        .stream()
        .map(i -> new WaitingRoomCall(i.ticket().code(), i.callRoom().orElse("")))
        .toList();
  }
}
