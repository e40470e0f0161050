package org.triagedesk.intake.it;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One resource method of the WAR's REST interface, read from its classes: the access matrix and the
 * hostile-input corpus both cover exactly these, so a new endpoint cannot escape either.
 *
 * @param path without the leading slash, e.g. {@code api/intakes/{id}}
 * @param takesBody whether the method reads a request body (an entity parameter)
 */
record ResourceMethod(String verb, String path, boolean takesBody) {

  /** "METHOD /api/path", the access matrix's key. */
  String key() {
    return verb + " /" + path;
  }

  /** Every resource method, sorted by key. */
  static List<ResourceMethod> all() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.triagedesk.intake.interfaces")
            .stream()
            .filter(c -> c.isAnnotatedWith(Path.class))
            .map(c -> c.reflect())
            .flatMap(
                resource ->
                    Stream.of(resource.getDeclaredMethods())
                        .map(
                            method ->
                                of("api/" + resource.getAnnotation(Path.class).value(), method))
                        .filter(Objects::nonNull))
            .sorted(Comparator.comparing(ResourceMethod::key))
            .toList();
  }

  private static ResourceMethod of(String root, Method method) {
    String verb =
        Stream.of(method.getAnnotations())
            .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
            .filter(Objects::nonNull)
            .map(HttpMethod::value)
            .findFirst()
            .orElse(null);
    if (verb == null) {
      return null;
    }
    Path sub = method.getAnnotation(Path.class);
    return new ResourceMethod(
        verb,
        root + (sub == null ? "" : "/" + sub.value()),
        Stream.of(method.getParameters()).anyMatch(ResourceMethod::isEntity));
  }

  /** The entity parameter is the one without a JAX-RS annotation (@PathParam, @Context, ...). */
  private static boolean isEntity(Parameter parameter) {
    return Stream.of(parameter.getAnnotations())
        .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
  }
}
