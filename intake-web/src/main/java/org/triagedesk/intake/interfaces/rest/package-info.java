/**
 * The REST API under /api: thin JAX-RS resources that check the request's shape with Bean
 * Validation, call one application service and return records; exception mappers turn every failure
 * into a clear JSON error.
 */
package org.triagedesk.intake.interfaces.rest;
