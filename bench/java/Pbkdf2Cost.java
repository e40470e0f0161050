import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The CPU cost of one staff password check: PBKDF2WithHmacSHA512, 210,000 iterations, 64-byte key, the
 * primitive and parameters Jakarta Security's Pbkdf2PasswordHash runs for every login (docs/security.md).
 * Run by bench/pbkdf2.sh; not part of the tests.
 */
public class Pbkdf2Cost {
  public static void main(String[] args) throws Exception {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 210_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512");
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    char[] password = "demo-password-1".toCharArray();
    for (int i = 0; i < 5; i++) {
      factory.generateSecret(new PBEKeySpec(password, salt, iterations, 512)).getEncoded();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      factory.generateSecret(new PBEKeySpec(password, salt, iterations, 512)).getEncoded();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf("PBKDF2WithHmacSHA512 %,d iterations, %d runs: min %.1f ms, median %.1f ms, max %.1f ms (%s)%n",
        iterations, runs, ms[0], ms[runs / 2], ms[runs - 1], System.getProperty("java.vm.version"));
  }
}
