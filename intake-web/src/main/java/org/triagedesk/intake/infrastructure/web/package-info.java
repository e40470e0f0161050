/** Servlet-level plumbing that is not security: the request log. */
package org.triagedesk.intake.infrastructure.web;
