package org.hedgerow.referral;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.hedgerow.audit.AuditKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Beginning the ledger of erasures from the store's, alone and beside another instance that began it first. */
class ErasureLedgerTests {

    private static final ErasureLedger.Entry ASKED = new ErasureLedger.Entry(Instant.parse("2026-11-02T10:00:00Z"),
            "an-admin", AuditKind.PERSONAL_DATA_ERASED, "erased at the person's request", false, null, List.of("p-1"));
    private static final ErasureLedger.Entry WITHDREW = new ErasureLedger.Entry(Instant.parse("2026-11-03T10:00:00Z"),
            "an-admin", AuditKind.CONSENT_WITHDRAWN, "consent withdrawn", true, "ab12", List.of("p-2", "p-3"));

    @TempDir
    Path dir;

    @Test
    void aLedgerIsBegunWholeAndOnlyOnce() throws Exception {
        var ledger = ledgerAt(dir.resolve("backups").resolve("erasures.jsonl"));
        assertThat(ledger.begun()).isFalse();

        assertThat(ledger.begin(List.of(ASKED, WITHDREW))).isEqualTo(2);

        assertThat(ledger.begun()).isTrue();
        assertThat(ledger.entries()).containsExactly(ASKED, WITHDREW);
        try (var left = Files.list(ledger.file().getParent())) {
            assertThat(left).as("nothing left beside it but its mark")
                    .containsExactlyInAnyOrder(ledger.file(), dir.resolve("backups").resolve("erasures.jsonl.begun"));
        }
    }

    @Test
    void aStoreWithNothingErasedBeginsAnEmptyLedger() {
        var ledger = ledgerAt(dir.resolve("erasures.jsonl"));

        assertThat(ledger.begin(List.of())).isZero();

        assertThat(ledger.begun()).isTrue();
        assertThat(ledger.entries()).isEmpty();
    }

    @Test
    void whenAnotherInstanceBeganItFirstOnlyWhatItLacksIsAppendedAndNothingIsReplaced() {
        var file = dir.resolve("erasures.jsonl");
        var other = ledgerAt(file);
        var later = new ErasureLedger.Entry(Instant.parse("2026-12-06T09:00:00Z"), "another-admin",
                AuditKind.PERSONAL_DATA_ERASED, "erased at the person's request", false, null, List.of("p-9"));
        other.begin(List.of(ASKED));
        other.record(later);

        assertThat(ledgerAt(file).begin(List.of(ASKED, WITHDREW))).as("the one it lacks").isEqualTo(1);

        assertThat(other.entries()).containsExactly(ASKED, later, WITHDREW);
    }

    @Test
    void aLedgerItsFirstErasureMadeIsNotBegunUntilTheStoresErasuresAreInIt() {
        var file = dir.resolve("erasures.jsonl");
        var ledger = ledgerAt(file);
        // an erasure made while the ledger could not be begun (or by a version before the beginning)
        ledger.record(WITHDREW);
        assertThat(ledger.begun()).isFalse();

        assertThat(ledger.begin(List.of(ASKED, WITHDREW))).as("the one it lacks").isEqualTo(1);

        assertThat(ledger.begun()).isTrue();
        assertThat(ledger.entries()).containsExactly(WITHDREW, ASKED);
    }

    private static ErasureLedger ledgerAt(Path file) {
        return new ErasureLedger(new RetentionProperties(Duration.ofDays(365), Duration.ofDays(180), "-",
                ZoneId.of("Europe/London"), 1000, file, true), JsonMapper.builder().build());
    }
}
