package org.triagedesk.intake.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connection factory behind the application's pooled data source. Payara pools it (see {@link
 * DataSourceDeclaration}); this class only decides, from {@link DatabaseSettings}, which database
 * to open, so that the environment variables of the README select the database without any server
 * configuration.
 */
public class TriageDataSource implements DataSource {

  private final DatabaseSettings settings = DatabaseSettings.fromEnvironment();
  private final Driver driver = driverFor(settings.url());
  private PrintWriter logWriter;
  private int loginTimeoutSeconds;

  private static Driver driverFor(String url) {
    if (url.startsWith("jdbc:h2:")) {
      return new org.h2.Driver();
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return new org.postgresql.Driver();
    }
    throw new IllegalStateException(
        "TRIAGE_DB_URL must be a jdbc:h2: or jdbc:postgresql: URL, not " + url.split(":", 3)[1]);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(settings.user(), settings.password());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user == null ? settings.user() : user);
    properties.setProperty("password", password == null ? settings.password() : password);
    Connection connection = driver.connect(settings.url(), properties);
    if (connection == null) {
      throw new SQLException("No driver accepts " + settings.safeDescription());
    }
    return connection;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeoutSeconds = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeoutSeconds;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper for " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
