package dev.sitrep.store;

import dev.sitrep.domain.Customer;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.SlaTier;
import dev.sitrep.domain.StaffRole;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/// A second Sitrep console in its own process on the same database file. It reports the customers it
/// sees, adds the customer named by its second argument, prints `written`, and stays open until told to
/// finish.
public final class SecondConsole {

    private SecondConsole() {
    }

    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(DatabaseLocation.ofFile(Path.of(args[0])), Clock.systemUTC())) {
            store.inventory().customers().forEach(customer -> System.out.println("sees " + customer.name()));
            Operator rita = store.staff().signIn("Rita Remote", StaffRole.TAM);
            store.inventory().saveCustomer(
                    new Customer(UUID.randomUUID(), args[1], SlaTier.SILVER, "", null, ""), rita);
            System.out.println("written");
            System.out.flush();
            ChildJvm.awaitParent();
        }
    }
}
