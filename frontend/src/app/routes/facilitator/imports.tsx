import { useState } from 'react';
import { ImportList } from '@/features/imports/components/import-list';
import { ImportRecords } from '@/features/imports/components/import-records';
import { ImportSummary } from '@/features/imports/components/import-summary';
import { PendingClaims } from '@/features/imports/components/pending-claims';
import { StartImportForm } from '@/features/imports/components/start-import-form';
import { TermMappingTable } from '@/features/imports/components/term-mapping-table';
import { useSession } from '@/lib/session';

/**
 * Importing an Open Referral UK feed into the facilitator's place (admins: anywhere): start a dry run, read what it
 * would do, map its taxonomy terms, resolve conflicts, apply and watch it go; and decide organisers' claims.
 */
export function ImportsRoute() {
  const { user } = useSession();
  const [chosen, setChosen] = useState<string | undefined>();
  return (
    <section>
      <h1>Feed imports</h1>
      <StartImportForm locality={user?.place?.id} onStarted={setChosen} />
      {chosen && (
        <>
          <ImportSummary id={chosen} />
          <TermMappingTable importId={chosen} />
          <ImportRecords id={chosen} />
        </>
      )}
      <PendingClaims />
      <ImportList onChoose={setChosen} />
    </section>
  );
}
