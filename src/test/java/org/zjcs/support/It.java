package org.zjcs.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where the test run's server and database are (set by failsafe from pom.xml). */
public final class It {

    private It() {
    }

    public static String baseUrl() {
        return System.getProperty("zjcs.it.baseUrl", "http://localhost:9180");
    }

    public static String dbUrl() {
        return System.getProperty("zjcs.it.db.url",
                "jdbc:mysql://127.0.0.1:3317/zjcs?characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true");
    }

    /** The test server's data directory (zjcs.data.dir), where uploads are stored. */
    public static java.nio.file.Path dataDir() {
        return java.nio.file.Path.of(System.getProperty("zjcs.it.dataDir",
                "target/liberty/wlp/usr/servers/zjcsTestServer/zjcs-data")).toAbsolutePath().normalize();
    }

    public static Connection db() throws SQLException {
        return DriverManager.getConnection(dbUrl(), dbUser(), dbPassword());
    }

    /** The database account of the tests (root without a password on the test run's MariaDB). */
    public static String dbUser() {
        return System.getProperty("zjcs.it.db.user", "root");
    }

    public static String dbPassword() {
        return System.getProperty("zjcs.it.db.password", "");
    }

    /** The demo password of every demo account (db-scripts/demo). */
    public static final String DEMO_PASSWORD = "Zjcs@2026";
}
