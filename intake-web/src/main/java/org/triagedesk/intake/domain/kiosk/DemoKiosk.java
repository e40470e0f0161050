package org.triagedesk.intake.domain.kiosk;

/**
 * The kiosk demo mode seeds, with a published token: for trying the system out, never for patients.
 */
public final class DemoKiosk {

  public static final String NAME = "Demo kiosk";
  public static final KioskSecret TOKEN = new KioskSecret("demo-kiosk-token");

  private DemoKiosk() {}
}
