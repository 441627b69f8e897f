import { describe, expect, it } from 'vitest';
import type { ReferralSummary } from '@/lib/types';
import { applyReferralMessage, isOpen, mergeReferrals, movesFor } from './referral-state';

const referral = (id: string, status: ReferralSummary['status'] = 'SENT', version = 0, createdAt = '2026-11-01T10:00:00Z'): ReferralSummary => ({
  id, status, version, createdAt, updatedAt: createdAt, activity: { id: 'a', name: 'A' }, group: { id: 'g', name: 'G' },
  madeBy: { id: 'lw', name: 'Amira', kind: 'LINK_WORKER' }, participantReference: `REF-${id}`, onwardFrom: null,
});
const msg = (type: string, data: Record<string, unknown>) => ({ seq: 1, at: '2026-11-21T10:00:00Z', type, data });

describe('referral moves', () => {
  it('lets the receiving group accept, decline, mark attending and complete, in order', () => {
    expect(movesFor('receiver', 'SENT')).toEqual(['ACCEPTED', 'DECLINED']);
    expect(movesFor('receiver', 'ACCEPTED')).toEqual(['ATTENDING', 'DECLINED']);
    expect(movesFor('receiver', 'ATTENDING')).toEqual(['COMPLETED']);
    expect(movesFor('receiver', 'COMPLETED')).toEqual([]);
  });

  it('lets the referrer only withdraw, while it is open', () => {
    expect(movesFor('referrer', 'SENT')).toEqual(['WITHDRAWN']);
    expect(movesFor('referrer', 'ATTENDING')).toEqual(['WITHDRAWN']);
    expect(movesFor('referrer', 'DECLINED')).toEqual([]);
    expect(isOpen('WITHDRAWN')).toBe(false);
    expect(isOpen('ACCEPTED')).toBe(true);
  });
});

describe('live referral messages', () => {
  it('moves a listed referral to its new status and version', () => {
    const list = [referral('r1'), referral('r2')];
    const { list: next, refetch } = applyReferralMessage(list, msg('referral.status', { referralId: 'r2', from: 'SENT', to: 'ACCEPTED', version: 1 }));
    expect(refetch).toBe(false);
    expect(next[1]).toMatchObject({ status: 'ACCEPTED', version: 1, updatedAt: '2026-11-21T10:00:00Z' });
    expect(next[0]).toBe(list[0]);
  });

  it('never lets an older message undo a newer status', () => {
    const list = [referral('r1', 'ATTENDING', 2)];
    const { list: next } = applyReferralMessage(list, msg('referral.status', { referralId: 'r1', to: 'ACCEPTED', version: 1 }));
    expect(next[0].status).toBe('ATTENDING');
  });

  it('asks for a refetch for a referral the list does not hold yet', () => {
    const list = [referral('r1')];
    expect(applyReferralMessage(list, msg('referral.made', { referralId: 'new' })).refetch).toBe(true);
    expect(applyReferralMessage(list, msg('referral.made', { referralId: 'r1' })).refetch).toBe(false);
    expect(applyReferralMessage(list, msg('referral.status', { referralId: 'new', to: 'ACCEPTED' })).refetch).toBe(true);
  });

  it('merges rows changed since a time: newer versions replace, new rows join, newest first', () => {
    const list = [referral('r1', 'SENT', 0, '2026-11-01T10:00:00Z'), referral('r2', 'ACCEPTED', 3, '2026-11-02T10:00:00Z')];
    const merged = mergeReferrals(list, [referral('r1', 'ACCEPTED', 1, '2026-11-01T10:00:00Z'), referral('r2', 'SENT', 1, '2026-11-02T10:00:00Z'), referral('r3', 'SENT', 0, '2026-11-03T10:00:00Z')]);
    expect(merged.map((r) => [r.id, r.status])).toEqual([['r3', 'SENT'], ['r2', 'ACCEPTED'], ['r1', 'ACCEPTED']]);
  });
});
