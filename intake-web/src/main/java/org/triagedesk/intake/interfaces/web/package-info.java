/** Servlet-level pages: the error answers the container sends. */
package org.triagedesk.intake.interfaces.web;
