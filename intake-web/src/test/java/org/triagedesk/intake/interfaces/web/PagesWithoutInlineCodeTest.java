package org.triagedesk.intake.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy allows scripts and styles only from files of the site: a page with an
 * inline script, an inline event handler or a style attribute would silently break in the browser.
 */
class PagesWithoutInlineCodeTest {

  static final Pattern INLINE_SCRIPT =
      Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
  static final Pattern HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
  static final Pattern STYLE = Pattern.compile("<style|\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

  @Test
  void noPage_hasInlineScriptsHandlersOrStyles() throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      pages = files.filter(f -> f.toString().endsWith(".html")).toList();
    }
    assertThat(pages).hasSizeGreaterThanOrEqualTo(8);
    for (Path page : pages) {
      String html = Files.readString(page);
      assertThat(INLINE_SCRIPT.matcher(html).find()).as("inline script in %s", page).isFalse();
      assertThat(HANDLER.matcher(html).find()).as("inline handler in %s", page).isFalse();
      assertThat(STYLE.matcher(html).find()).as("inline style in %s", page).isFalse();
    }
  }
}
