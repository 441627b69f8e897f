// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PasskeyRequirementsForm } from './passkey-requirements-form';
import { PasskeyRecovery } from './passkey-recovery';

afterEach(cleanup);

describe('the admin’s passkey settings', () => {
  it('offers only the roles that read personal data and saves the ones ticked, in a fixed order', () => {
    const onSave = vi.fn();
    render(<PasskeyRequirementsForm required={['ADMIN']} onSave={onSave} />);
    expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('name'))).toEqual(['PROVIDER', 'LINK_WORKER', 'ADMIN']);
    expect((screen.getByRole('checkbox', { name: 'Admins' }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Link workers' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith(['LINK_WORKER', 'ADMIN']);
  });

  it('removes an account’s passkeys with or without a grace, and grants a grace alone', () => {
    const onRemoveAll = vi.fn();
    const onGrantGrace = vi.fn();
    const passkey = { id: 'c', label: 'Lost phone', createdAt: '2026-12-01T10:00:00Z', lastUsedAt: null };
    render(<PasskeyRecovery username="amira" passkeys={[passkey]} onRemoveAll={onRemoveAll} onGrantGrace={onGrantGrace} />);
    expect(screen.getByTestId('account-passkey').textContent).toContain('Lost phone');

    fireEvent.click(screen.getByRole('button', { name: 'Remove all passkeys' }));
    expect(onRemoveAll).toHaveBeenLastCalledWith(true);
    fireEvent.click(screen.getByRole('checkbox', { name: /add one new passkey/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove all passkeys' }));
    expect(onRemoveAll).toHaveBeenLastCalledWith(false);
    fireEvent.click(screen.getByRole('button', { name: 'Grant a grace only' }));
    expect(onGrantGrace).toHaveBeenCalledOnce();
  });
});
