package org.triagedesk.intake.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores an instant in a {@code TIMESTAMP WITH TIME ZONE} column, as UTC, whatever the JVM's zone.
 */
@Converter
public class InstantWithZoneColumn implements AttributeConverter<Instant, OffsetDateTime> {
  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
