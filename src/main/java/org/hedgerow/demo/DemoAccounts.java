package org.hedgerow.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.hedgerow.accounts.NewAccount;
import org.hedgerow.accounts.Role;
import org.hedgerow.demo.NetworkRows.Locality;
import org.hedgerow.demo.NetworkRows.Organising;

/**
 * The demo network's accounts: one provider per organiser of a demo group (username = first name, e.g.
 * {@code gene}), one per link worker ({@code amira}), a facilitator for Derby and Derbyshire
 * ({@code facilitator}) and an admin ({@code admin}); all with the published {@link #PASSWORD}.
 */
final class DemoAccounts {

    static final String PASSWORD = "hedgerow-demo";

    private DemoAccounts() {
    }

    static List<NewAccount> of(NetworkRows demo) {
        var accounts = new ArrayList<NewAccount>();
        var organiserIds = demo.groups().stream().flatMap(group -> group.organisers().stream())
                .map(Organising::organiser).collect(Collectors.toSet());
        for (var organiser : demo.organisers()) {
            if (organiserIds.contains(organiser.id())) {
                accounts.add(account(organiser.id(), organiser.name(), Role.PROVIDER));
            }
        }
        for (var worker : demo.linkWorkers()) {
            accounts.add(account(worker.id(), worker.name(), Role.LINK_WORKER));
        }
        String ics = demo.localities().stream().filter(locality -> "ICS".equals(locality.kind()))
                .map(Locality::code).findFirst().orElseThrow();
        accounts.add(new NewAccount("facilitator", "Network facilitator", Role.FACILITATOR, null, ics, PASSWORD));
        accounts.add(new NewAccount("admin", "Hedgerow admin", Role.ADMIN, null, null, PASSWORD));
        return accounts;
    }

    /** "org-gene" → "gene", "lw-amira-saleem" → "amira". */
    static String username(String id) {
        String[] parts = id.split("-");
        return parts.length > 1 ? parts[1] : id;
    }

    /** A provider or link worker account, acting as the organiser or link worker of that id. */
    private static NewAccount account(String id, String name, Role role) {
        return new NewAccount(username(id), name, role, id, null, PASSWORD);
    }
}
