package org.hedgerow.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.hedgerow.accounts.NewAccount;
import org.hedgerow.accounts.Role;

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
        var organisers = new LinkedHashSet<String>();
        for (Map<String, Object> group : demo.groups()) {
            for (Object organising : (List<?>) group.get("organisers")) {
                organisers.add((String) ((Map<?, ?>) organising).get("organiser"));
            }
        }
        for (Map<String, Object> organiser : demo.organisers()) {
            String id = (String) organiser.get("id");
            if (organisers.contains(id)) {
                accounts.add(account(id, (String) organiser.get("name"), Role.PROVIDER, id, null));
            }
        }
        for (Map<String, Object> worker : demo.linkWorkers()) {
            String id = (String) worker.get("id");
            accounts.add(account(id, (String) worker.get("name"), Role.LINK_WORKER, id, null));
        }
        String ics = demo.localities().stream().filter(row -> "ICS".equals(row.get("kind")))
                .map(row -> (String) row.get("code")).findFirst().orElseThrow();
        accounts.add(new NewAccount("facilitator", "Network facilitator", Role.FACILITATOR, null, ics, PASSWORD));
        accounts.add(new NewAccount("admin", "Hedgerow admin", Role.ADMIN, null, null, PASSWORD));
        return accounts;
    }

    /** "org-gene" → "gene", "lw-amira-saleem" → "amira". */
    static String username(String id) {
        String[] parts = id.split("-");
        return parts.length > 1 ? parts[1] : id;
    }

    private static NewAccount account(String id, String name, Role role, String actsAs, String place) {
        return new NewAccount(username(id), name, role, actsAs, place, PASSWORD);
    }
}
