package org.triagedesk.intake.it;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR exactly as the build packaged it: integration tests are black-box tests of what ships.
 */
final class TriageDeskDeployment {

  private TriageDeskDeployment() {}

  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("triage.war", "target/ROOT.war")));
  }

  /** MicroProfile Health lives at the server's root, beside the application. */
  static URI serverRoot(URL applicationUrl) {
    return URI.create(
        applicationUrl.getProtocol()
            + "://"
            + applicationUrl.getHost()
            + ":"
            + applicationUrl.getPort()
            + "/");
  }
}
