/**
 * Use cases: assess answers, receive an intake, show the queue, write reports. Calls the domain,
 * the assessment engine and the repositories; knows nothing of HTTP or pages.
 */
package org.triagedesk.intake.application;
