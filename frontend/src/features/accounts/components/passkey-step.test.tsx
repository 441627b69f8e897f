// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '@/lib/types';
import { PasskeyStep } from './passkey-step';

afterEach(cleanup);

const amira = (passkeyStep: Session['passkeyStep']): Session => ({
  accountId: 'a-1', username: 'amira', displayName: 'Amira', role: 'LINK_WORKER', actsAs: null, place: null, passkeyStep,
});

describe('the passkey step after a password', () => {
  it('asks to confirm with a passkey when the account has one', () => {
    const onConfirm = vi.fn();
    render(<PasskeyStep session={amira('CONFIRM')} onConfirm={onConfirm} onEnrol={vi.fn()} onCancel={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm with your passkey' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(screen.queryByRole('form', { name: 'Add your first passkey' })).toBeNull();
  });

  it('lets an account without one add its first, named', () => {
    const onEnrol = vi.fn();
    render(<PasskeyStep session={amira('ENROL')} onConfirm={vi.fn()} onEnrol={onEnrol} onCancel={vi.fn()} />);
    fireEvent.change(screen.getByLabelText(/Name for the passkey/), { target: { value: 'Work laptop' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a passkey and continue' }));
    expect(onEnrol).toHaveBeenCalledWith('Work laptop');
    expect(screen.queryByRole('button', { name: 'Confirm with your passkey' })).toBeNull();
  });

  it('sends someone without a passkey or a grace to an admin, and lets them sign out', () => {
    const onCancel = vi.fn();
    render(<PasskeyStep session={amira('ASK_ADMIN')} onConfirm={vi.fn()} onEnrol={vi.fn()} onCancel={onCancel} />);
    expect(screen.getByRole('alert').textContent).toMatch(/Ask an admin/);
    expect(screen.queryByRole('button', { name: /passkey/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
