/** JMH benchmark of the assessment engine; built only with the Maven profile {@code bench}. */
package org.triagedesk.assessment.bench;
