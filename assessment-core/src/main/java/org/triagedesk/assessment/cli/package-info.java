/**
 * The command line for protocol authors: assess an answers file, validate a protocol file, and
 * write a protocol's page for clinicians ({@link org.triagedesk.assessment.cli.ProtocolDocument}).
 */
package org.triagedesk.assessment.cli;
