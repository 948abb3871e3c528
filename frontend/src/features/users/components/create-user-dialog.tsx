import { useState, type FormEvent } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField } from '@/components/ui/form';
import { ApiError } from '@/lib/api-client';
import { ROLES, type Role } from '@/lib/authorization';

import {
  MIN_PASSWORD_LENGTH,
  useCreateUser,
  type CreateUserRequest,
} from '@/features/users/api/create-user';
import type { UserView } from '@/features/users/api/get-users';

type CreateUserDialogProps = {
  open: boolean;
  onClose: () => void;
  onCreated: (user: UserView) => void;
};

export function CreateUserDialog({ open, onClose, onCreated }: CreateUserDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Add user"
      description="They can sign in right away with this e-mail address and password."
    >
      <CreateUserForm onCancel={onClose} onCreated={onCreated} />
    </Dialog>
  );
}

const EMPTY: CreateUserRequest = { email: '', displayName: '', password: '', role: 'member' };

function CreateUserForm({
  onCancel,
  onCreated,
}: {
  onCancel: () => void;
  onCreated: (user: UserView) => void;
}) {
  const [form, setForm] = useState<CreateUserRequest>(EMPTY);
  const createMutation = useCreateUser({ onSuccess: onCreated });
  const error = createMutation.error;
  const fieldError = (field: keyof CreateUserRequest) =>
    error instanceof ApiError ? error.fieldError(field) : undefined;

  function update<K extends keyof CreateUserRequest>(field: K, value: CreateUserRequest[K]) {
    setForm((current) => ({ ...current, [field]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    createMutation.mutate({
      ...form,
      email: form.email.trim(),
      displayName: form.displayName.trim(),
    });
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-4">
      {error && <ProblemAlert error={error} action="Could not add the user" />}
      <TextField
        label="E-mail"
        type="email"
        name="email"
        autoComplete="off"
        required
        value={form.email}
        onChange={(event) => update('email', event.target.value)}
        error={fieldError('email')}
      />
      <TextField
        label="Display name"
        name="displayName"
        autoComplete="off"
        required
        value={form.displayName}
        onChange={(event) => update('displayName', event.target.value)}
        error={fieldError('displayName')}
      />
      <TextField
        label="Password"
        type="password"
        name="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Share it with them securely.`}
        value={form.password}
        onChange={(event) => update('password', event.target.value)}
        error={fieldError('password')}
      />
      <SelectField
        label="Role"
        name="role"
        value={form.role}
        onChange={(event) => update('role', event.target.value as Role)}
        error={fieldError('role')}
      >
        {ROLES.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <div className="flex justify-end gap-3 pt-2">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={createMutation.isPending}>
          {createMutation.isPending ? 'Adding…' : 'Add user'}
        </Button>
      </div>
    </form>
  );
}
