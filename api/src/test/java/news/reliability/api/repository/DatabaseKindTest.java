package news.reliability.api.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Proves which database the tests ran against: the build passes the kind it was built for
 * ({@code -Ppostgresql} or the H2 default) and this test asks the connection itself.
 */
@QuarkusTest
class DatabaseKindTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theTestsTalkToTheDatabaseTheBuildAskedFor() throws Exception {
        String expected = System.getProperty("scorer.expected-db-kind", "h2");
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            assertEquals(expected, product.equals("postgresql") ? "postgresql" : product,
                    "database product " + product);
            if (expected.equals("postgresql")) {
                try (Statement statement = connection.createStatement();
                     ResultSet version = statement.executeQuery("select version()")) {
                    assertTrue(version.next());
                    assertTrue(version.getString(1).startsWith("PostgreSQL"), version.getString(1));
                    System.out.println("DatabaseKindTest: connected to " + version.getString(1));
                }
            }
            try (Statement statement = connection.createStatement();
                 ResultSet migrations = statement.executeQuery(
                         "select count(*) from \"flyway_schema_history\" where \"success\" = true")) {
                assertTrue(migrations.next());
                assertTrue(migrations.getInt(1) >= 1, "the schema came from Flyway migrations");
            }
        }
    }
}
