package org.triagedesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class Crc32ConcatenationTest {

  @Test
  void of_equalsTheCrcOfBothPartsWrittenInOrder() {
    SplittableRandom random = new SplittableRandom(14);
    for (int i = 0; i < 500; i++) {
      byte[] whole = new byte[random.nextInt(0, i < 10 ? 4 : 70_000)];
      random.nextBytes(whole);
      int cut = random.nextInt(0, whole.length + 1);
      byte[] first = Arrays.copyOfRange(whole, 0, cut);
      byte[] second = Arrays.copyOfRange(whole, cut, whole.length);

      assertThat(Crc32Concatenation.of(crc(first), crc(second), second.length))
          .as("%d bytes cut at %d", whole.length, cut)
          .isEqualTo(crc(whole));
    }
  }

  private static long crc(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    return crc.getValue();
  }
}
