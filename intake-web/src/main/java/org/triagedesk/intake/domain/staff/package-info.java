/** Staff accounts and their roles: who may log in, and what each may do. */
package org.triagedesk.intake.domain.staff;
