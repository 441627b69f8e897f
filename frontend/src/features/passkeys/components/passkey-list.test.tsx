// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PasskeyList } from './passkey-list';

afterEach(cleanup);

const phone = { id: 'cred-1', label: 'Work phone', createdAt: '2026-12-01T10:00:00Z', lastUsedAt: '2026-12-03T09:30:00Z' };
const laptop = { id: 'cred-2', label: 'Laptop', createdAt: '2026-12-02T10:00:00Z', lastUsedAt: null };

describe('one’s passkeys', () => {
  it('lists each with its name and says which was never used', () => {
    render(<PasskeyList passkeys={[phone, laptop]} onAdd={vi.fn()} onRemove={vi.fn()} />);
    const rows = screen.getAllByTestId('passkey');
    expect(rows.map((row) => row.querySelector('td')?.textContent)).toEqual(['Work phone', 'Laptop']);
    expect(rows[1].textContent).toContain('never');
    expect(rows[0].textContent).not.toContain('never');
  });

  it('removes the one asked for and adds one under the name given (or “Passkey”)', () => {
    const onAdd = vi.fn();
    const onRemove = vi.fn();
    render(<PasskeyList passkeys={[phone, laptop]} onAdd={onAdd} onRemove={onRemove} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Laptop' }));
    expect(onRemove).toHaveBeenCalledWith(laptop);

    fireEvent.change(screen.getByLabelText(/Name for the new passkey/), { target: { value: '  Tablet ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a passkey' }));
    expect(onAdd).toHaveBeenLastCalledWith('Tablet');
    fireEvent.click(screen.getByRole('button', { name: 'Add a passkey' }));
    expect(onAdd).toHaveBeenLastCalledWith('Passkey');
  });

  it('says so when there are none', () => {
    render(<PasskeyList passkeys={[]} onAdd={vi.fn()} onRemove={vi.fn()} />);
    expect(screen.getByText(/no passkeys yet/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
