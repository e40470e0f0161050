/**
 * Benchmark and sample mains, compiled and run by bench/reporting.sh and bench/libreoffice-check.sh; not
 * part of the library nor of {@code mvn verify}.
 */
package org.triagedesk.reporting.bench;
