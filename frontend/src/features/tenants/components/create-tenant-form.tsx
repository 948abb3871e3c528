import { useState, type FormEvent } from 'react';

import { Alert, ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form';
import { ApiError } from '@/lib/api-client';

import {
  MIN_OWNER_PASSWORD_LENGTH,
  useCreateTenant,
  type CreateTenantRequest,
} from '@/features/tenants/api/create-tenant';

const EMPTY: CreateTenantRequest = {
  slug: '',
  name: '',
  ownerEmail: '',
  ownerDisplayName: '',
  ownerPassword: '',
};

/** A new tenant together with its first owner, who can sign in right away. */
export function CreateTenantForm() {
  const [form, setForm] = useState<CreateTenantRequest>(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const createMutation = useCreateTenant({
    onSuccess: (tenant) => {
      setForm(EMPTY);
      setCreated(`Created ${tenant.name} (${tenant.slug})`);
    },
  });
  const error = createMutation.error;
  const fieldError = (field: keyof CreateTenantRequest) =>
    error instanceof ApiError ? error.fieldError(field) : undefined;

  function set(field: keyof CreateTenantRequest, value: string) {
    setForm((current) => ({ ...current, [field]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    createMutation.mutate({
      ...form,
      slug: form.slug.trim(),
      name: form.name.trim(),
      ownerEmail: form.ownerEmail.trim(),
      ownerDisplayName: form.ownerDisplayName.trim(),
    });
  }

  return (
    <form onSubmit={handleSubmit} aria-label="Create tenant" className="space-y-4">
      <div role="status" className="empty:hidden">
        {created && (
          <Alert
            tone="success"
            announce={false}
            title={created}
            onDismiss={() => setCreated(null)}
          />
        )}
      </div>
      {error && <ProblemAlert error={error} action="Could not create the tenant" />}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          label="Name"
          name="name"
          required
          autoComplete="off"
          value={form.name}
          onChange={(event) => set('name', event.target.value)}
          error={fieldError('name')}
        />
        <TextField
          label="Slug"
          name="slug"
          required
          autoComplete="off"
          pattern="[a-z0-9][a-z0-9\-]*"
          hint="Lower-case letters, digits and dashes; used in URLs."
          value={form.slug}
          onChange={(event) => set('slug', event.target.value)}
          error={fieldError('slug')}
        />
      </div>
      <fieldset className="space-y-4 rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-sm font-medium text-slate-900">First owner</legend>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField
            label="Owner e-mail"
            name="ownerEmail"
            type="email"
            required
            autoComplete="off"
            value={form.ownerEmail}
            onChange={(event) => set('ownerEmail', event.target.value)}
            error={fieldError('ownerEmail')}
          />
          <TextField
            label="Owner name"
            name="ownerDisplayName"
            required
            autoComplete="off"
            value={form.ownerDisplayName}
            onChange={(event) => set('ownerDisplayName', event.target.value)}
            error={fieldError('ownerDisplayName')}
          />
        </div>
        <TextField
          label="Owner password"
          name="ownerPassword"
          type="password"
          required
          autoComplete="new-password"
          minLength={MIN_OWNER_PASSWORD_LENGTH}
          hint={`At least ${MIN_OWNER_PASSWORD_LENGTH} characters.`}
          value={form.ownerPassword}
          onChange={(event) => set('ownerPassword', event.target.value)}
          error={fieldError('ownerPassword')}
        />
      </fieldset>
      <div className="flex justify-end">
        <Button type="submit" variant="primary" disabled={createMutation.isPending}>
          {createMutation.isPending ? 'Creating…' : 'Create tenant'}
        </Button>
      </div>
    </form>
  );
}
