package org.triagedesk.intake.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.triagedesk.intake.application.StaffAccountService;
import org.triagedesk.intake.application.StaffAccountView;

/** Staff accounts, for admins: list, create, change roles or name, disable, reset a password. */
@Path("staff-accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class StaffAccountResource {

  @Inject StaffAccountService accounts;

  public static class NewAccountRequest {
    public String username;
    public String displayName;
    public String password;
    public Set<String> roles;

    @Override
    public String toString() {
      return "NewAccountRequest[password redacted]";
    }
  }

  public static class AccountChangeRequest {
    public String displayName;
    public Set<String> roles;
    public Boolean enabled;
    public String newPassword;

    @Override
    public String toString() {
      return "AccountChangeRequest[password redacted]";
    }
  }

  @GET
  @Operation(summary = "Every staff account (ADMIN)")
  public List<StaffAccountView> all() {
    return accounts.all();
  }

  @POST
  @Operation(summary = "Create a staff account (ADMIN)")
  public Response create(
      NewAccountRequest body,
      @Context UriInfo uri,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    if (body == null) {
      throw new BadRequestException(
          "The body must be a JSON object with username, displayName, password, roles.");
    }
    StaffAccountView created =
        accounts.create(
            new StaffAccountService.NewAccount(
                body.username, body.displayName, body.password, body.roles),
            Callers.of(security, http));
    return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
        .entity(created)
        .build();
  }

  @PATCH
  @Path("{username}")
  @Operation(summary = "Change an account's name, roles, status or password (ADMIN)")
  public StaffAccountView change(
      @PathParam("username") String username,
      AccountChangeRequest body,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    if (body == null) {
      throw new BadRequestException("The body must be a JSON object with the fields to change.");
    }
    return accounts.change(
        username,
        new StaffAccountService.AccountChange(
            body.displayName, body.roles, body.enabled, body.newPassword),
        Callers.of(security, http));
  }
}
