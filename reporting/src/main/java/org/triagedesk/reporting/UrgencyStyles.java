package org.triagedesk.reporting;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.triagedesk.reporting.model.UrgencyLevel;

/**
 * One cell style per urgency level, created once per workbook (Excel allows about 64,000 styles;
 * one per cell would break a big report). The level's name is always written too: colour alone is
 * not enough.
 */
final class UrgencyStyles {
  private final Map<UrgencyLevel, CellStyle> styles = new EnumMap<>(UrgencyLevel.class);

  UrgencyStyles(Workbook workbook) {
    for (UrgencyLevel level : UrgencyLevel.values()) {
      styles.put(level, create(workbook, level));
    }
  }

  CellStyle of(UrgencyLevel level) {
    return styles.get(level);
  }

  /** Fill colour of a level, also used for the chart's series: red, orange, yellow, green, blue. */
  static byte[] rgb(UrgencyLevel level) {
    return switch (level) {
      case EMERGENCY -> new byte[] {(byte) 0xC0, 0x00, 0x00};
      case URGENT -> new byte[] {(byte) 0xF4, (byte) 0x8C, 0x06};
      case SOON -> new byte[] {(byte) 0xFF, (byte) 0xE0, 0x66};
      case ROUTINE -> new byte[] {(byte) 0x9B, (byte) 0xD7, (byte) 0x7E};
      case SELF_CARE -> new byte[] {(byte) 0x9D, (byte) 0xC3, (byte) 0xE6};
    };
  }

  private static CellStyle create(Workbook workbook, UrgencyLevel level) {
    XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
    style.setFillForegroundColor(new XSSFColor(rgb(level), null));
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setAlignment(HorizontalAlignment.CENTER);
    if (level == UrgencyLevel.EMERGENCY) {
      // White bold on dark red keeps the text readable.
      XSSFFont font = (XSSFFont) workbook.createFont();
      font.setBold(true);
      font.setColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, null));
      style.setFont(font);
    }
    return style;
  }
}
