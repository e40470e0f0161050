/**
 * JPA implementations of the domain's repositories, the data source and the Flyway schema
 * migration.
 */
package org.triagedesk.intake.infrastructure.persistence;
