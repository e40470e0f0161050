package org.triagedesk.intake.domain.intake;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * Stores a short list of protocol ids (red flags, causes) as one space-separated column. Protocol
 * ids never contain spaces (the engine validates them), so the mapping is lossless.
 */
@Converter
public class IdListColumn implements AttributeConverter<List<String>, String> {
  @Override
  public String convertToDatabaseColumn(List<String> ids) {
    return ids == null ? "" : String.join(" ", ids);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return column == null || column.isBlank()
        ? List.of()
        : Arrays.asList(column.trim().split(" +"));
  }
}
