package org.triagedesk.reporting;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Every cell style a triage-queue workbook uses, created once when the workbook is (streamed or
 * not).
 */
final class WorkbookStyles {
  final CellStyle title;
  final CellStyle header;
  final CellStyle sectionLabel;
  final CellStyle dateTime;
  final CellStyle date;
  final CellStyle integer;
  final CellStyle oneDecimal;
  final CellStyle text;
  final CellStyle textQuoted;
  final CellStyle wrapped;
  final CellStyle wrappedQuoted;
  final CellStyle notRecorded;
  final UrgencyStyles urgency;

  WorkbookStyles(Workbook workbook) {
    DataFormat formats = workbook.createDataFormat();

    Font bold = workbook.createFont();
    bold.setBold(true);
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    Font greyItalic = workbook.createFont();
    greyItalic.setItalic(true);
    greyItalic.setColor(IndexedColors.GREY_50_PERCENT.getIndex());

    title = workbook.createCellStyle();
    title.setFont(big);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    sectionLabel = workbook.createCellStyle();
    sectionLabel.setFont(bold);

    dateTime = workbook.createCellStyle();
    dateTime.setDataFormat(formats.getFormat("yyyy-mm-dd hh:mm"));
    date = workbook.createCellStyle();
    date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
    integer = workbook.createCellStyle();
    integer.setDataFormat(formats.getFormat("0"));
    oneDecimal = workbook.createCellStyle();
    oneDecimal.setDataFormat(formats.getFormat("0.0"));

    text = workbook.createCellStyle();
    textQuoted = quoted(workbook, text);
    wrapped = workbook.createCellStyle();
    wrapped.setWrapText(true);
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    wrappedQuoted = quoted(workbook, wrapped);
    notRecorded = workbook.createCellStyle();
    notRecorded.setFont(greyItalic);

    urgency = new UrgencyStyles(workbook);
  }

  private static CellStyle quoted(Workbook workbook, CellStyle base) {
    CellStyle style = workbook.createCellStyle();
    style.cloneStyleFrom(base);
    style.setQuotePrefixed(true);
    return style;
  }
}
