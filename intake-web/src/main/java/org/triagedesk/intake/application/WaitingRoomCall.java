package org.triagedesk.intake.application;

/**
 * One line of the waiting-room screen: a ticket and the room its patient is called to. Nothing
 * else: the screen is public, so no name, urgency or anything clinical.
 */
public record WaitingRoomCall(String ticket, String room) {}
