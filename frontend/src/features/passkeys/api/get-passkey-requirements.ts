import { useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { passkeyKeys } from './keys';

export type PasskeyRequirements = components['schemas']['PasskeyRequirementsView'];

export function getPasskeyRequirements(): Promise<PasskeyRequirements> {
  return body(api.GET('/api/passkey-requirements'));
}

export function usePasskeyRequirements() {
  return useQuery({ queryKey: passkeyKeys.requirements(), queryFn: getPasskeyRequirements });
}
