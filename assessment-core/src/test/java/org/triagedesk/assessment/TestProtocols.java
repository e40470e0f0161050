package org.triagedesk.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.triagedesk.assessment.protocol.Protocol;
import org.triagedesk.assessment.protocol.ProtocolReader;

/**
 * Protocol files for tests: the test-only second protocol and editable copies of the bundled one.
 */
final class TestProtocols {

  static final ObjectMapper JSON = new ObjectMapper();

  private TestProtocols() {}

  static Protocol soreThroat() {
    return read("test-protocols/sore-throat.json", "sore-throat.json");
  }

  static Protocol upperBackPain() {
    return read("protocols/upper-back-pain.json", "upper-back-pain.json");
  }

  /** The bundled upper-back-pain file as an editable JSON tree. */
  static ObjectNode upperBackPainTree() {
    try (InputStream json = resource("protocols/upper-back-pain.json")) {
      return (ObjectNode) JSON.readTree(json);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  static InputStream asStream(ObjectNode tree) {
    try {
      return new ByteArrayInputStream(JSON.writeValueAsBytes(tree));
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
  }

  private static Protocol read(String resource, String name) {
    try (InputStream json = resource(resource)) {
      return ProtocolReader.read(name, json);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static InputStream resource(String name) {
    return TestProtocols.class.getClassLoader().getResourceAsStream(name);
  }
}
