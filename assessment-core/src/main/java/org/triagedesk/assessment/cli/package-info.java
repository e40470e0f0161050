/** The command line for protocol authors: assess an answers file, validate a protocol file. */
package org.triagedesk.assessment.cli;
