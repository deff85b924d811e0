package org.jiebang.voucher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.jiebang.platform.persistence.Database;
import org.jiebang.testing.Rows;
import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V021 moves the regions a voucher accepts into the voucher's row, on H2 and MariaDB: a database with
 * vouchers keeps every accepted region, and the application reads them back.
 */
class VoucherRegionsMigrationTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyVoucherKeepsItsRegions(Kind kind) throws SQLException {
        DataSource ds = TestDatabases.migratedTo(kind, "jiebang_test_voucher_regions", "20");
        long voucher;
        try (Connection db = ds.getConnection()) {
            long firm = Rows.organization(db, "恒泰能源", "91330400MA2B00001X");
            voucher = Rows.insert(db, "INSERT INTO voucher (version, created_at, updated_at, organization_id, amount, region,"
                    + " valid_from, valid_to, issued_by) VALUES (0, " + Rows.AT + ", " + Rows.AT + ", " + firm
                    + ", 300000.00, '330000', '2026-11-01', '2027-11-01', 'staff.wang')");
            Rows.insert(db, "INSERT INTO voucher_region (voucher_id, region) VALUES (?, ?)",
                    new Object[] { voucher, "330000" }, new Object[] { voucher, "310000" });
        }
        Database.migrate(ds);
        EntityManagerFactory factory = TestDatabases.factoryOn(ds);
        try {
            Voucher read = TestDatabases.inTransaction(factory, em -> em.find(Voucher.class, voucher));
            assertEquals(Set.of("310000", "330000"), read.getAcceptedRegions());
            assertEquals(List.of("310000", "330000"), List.copyOf(read.getAcceptedRegions()), "in ascending order");
        } finally {
            factory.close();
        }
    }
}
