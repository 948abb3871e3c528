import { useState, type FormEvent } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/form';

import type { TenantView } from '@/features/tenants/api/get-tenants';
import { MAX_TOP_UP, useTopUpCredits, type CreditBalance } from '@/features/tenants/api/top-up-credits';

type TopUpDialogProps = {
  /** The tenant to top up; null keeps the dialog closed. */
  tenant: TenantView | null;
  onClose: () => void;
  onToppedUp: (tenant: TenantView, amount: number, balance: CreditBalance) => void;
};

/** Adds credits to one tenant, with the amount checked before anything is asked of the API. */
export function TopUpDialog({ tenant, onClose, onToppedUp }: TopUpDialogProps) {
  return (
    <Dialog
      open={tenant !== null}
      onClose={onClose}
      title={tenant ? `Top up ${tenant.name}` : 'Top up credits'}
      description="The credits are added to the tenant’s balance at once and recorded in its audit log."
    >
      {tenant && <TopUpForm key={tenant.id} tenant={tenant} onCancel={onClose} onToppedUp={onToppedUp} />}
    </Dialog>
  );
}

function TopUpForm({
  tenant,
  onCancel,
  onToppedUp,
}: {
  tenant: TenantView;
  onCancel: () => void;
  onToppedUp: TopUpDialogProps['onToppedUp'];
}) {
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const topUp = useTopUpCredits();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = amount.trim().replaceAll(/[\s,]/g, '');
    const value = Number(trimmed);
    if (!/^[1-9]\d*$/.test(trimmed) || value > MAX_TOP_UP) {
      setError(`A whole number of credits from 1 to ${MAX_TOP_UP.toLocaleString('en-US')}`);
      return;
    }
    setError(undefined);
    topUp.mutate(
      { tenantId: tenant.id, amount: value, note: note.trim() },
      { onSuccess: (balance) => onToppedUp(tenant, value, balance) },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-4">
      <TextField
        label="Credits to add"
        inputMode="numeric"
        autoComplete="off"
        value={amount}
        onChange={(event) => setAmount(event.target.value)}
        error={error}
      />
      <TextField
        label="Note (optional)"
        maxLength={500}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        hint="Why, e.g. an invoice number; kept with the ledger entry."
      />
      {topUp.isError && (
        <ProblemAlert error={topUp.error} action={`Could not top up ${tenant.name}`} />
      )}
      <div className="flex justify-end gap-3">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={topUp.isPending}>
          {topUp.isPending ? 'Adding…' : 'Add credits'}
        </Button>
      </div>
    </form>
  );
}
