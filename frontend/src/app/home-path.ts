import type { Role } from '@/lib/types';

/** Where each role starts. */
export function homePath(role: Role | undefined | null): string {
  switch (role) {
    case 'PROVIDER': return '/provider';
    case 'LINK_WORKER': return '/link-worker';
    case 'FACILITATOR': return '/facilitator';
    case 'ADMIN': return '/admin';
    default: return '/';
  }
}
