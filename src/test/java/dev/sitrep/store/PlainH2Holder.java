package dev.sitrep.store;

import java.sql.Connection;
import java.sql.DriverManager;

/// Another program holding a Sitrep database file open with plain embedded H2, without auto-server mode:
/// a lock no console can join. Prints `holding` once the file is open.
public final class PlainH2Holder {

    private PlainH2Holder() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + args[0], "sitrep", "")) {
            connection.createStatement().execute("SELECT 1");
            System.out.println("holding");
            System.out.flush();
            ChildJvm.awaitParent();
        }
    }
}
