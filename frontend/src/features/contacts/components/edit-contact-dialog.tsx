import { useState, type FormEvent } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/form';
import { ApiError } from '@/lib/api-error';

import type { ContactDetailView } from '@/features/contacts/api/get-contact';
import { useUpdateContact, type ContactPatchRequest } from '@/features/contacts/api/update-contact';
import { validateContactForm, type ContactForm, type ContactFormField } from '@/features/contacts/utils/contact-form';

const FIELDS: readonly { name: ContactFormField; label: string; type?: string; maxLength?: number; hint?: string }[] = [
  { name: 'email', label: 'E-mail', type: 'email', maxLength: 320 },
  { name: 'firstName', label: 'First name', maxLength: 200 },
  { name: 'lastName', label: 'Last name', maxLength: 200 },
  { name: 'title', label: 'Title', maxLength: 300 },
  { name: 'phone', label: 'Phone', type: 'tel', maxLength: 50, hint: 'Stored in international form, e.g. +49 30 1234567' },
  { name: 'city', label: 'City', maxLength: 200 },
  { name: 'country', label: 'Country', maxLength: 100, hint: 'A country name or its two-letter code' },
  { name: 'linkedinUrl', label: 'LinkedIn URL', type: 'url', maxLength: 500 },
];

function formOf(contact: ContactDetailView): ContactForm {
  return Object.fromEntries(FIELDS.map(({ name }) => [name, contact[name] ?? ''])) as ContactForm;
}

/** Edits a contact's own fields; only what changed is sent, an emptied field is cleared. */
export function EditContactDialog({ contact, onClose }: { contact: ContactDetailView; onClose: () => void }) {
  const [form, setForm] = useState<ContactForm>(() => formOf(contact));
  const [errors, setErrors] = useState<Partial<Record<ContactFormField, string>>>({});
  const update = useUpdateContact();
  const initial = formOf(contact);
  const serverError = update.error instanceof ApiError ? update.error : undefined;
  const rejected = rejectedField(serverError);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateContactForm(form);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    const changes: ContactPatchRequest = {};
    for (const { name } of FIELDS) {
      const value = form[name].trim();
      if (value !== initial[name].trim()) {
        changes[name] = value === '' ? null : value;
      }
    }
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    update.mutate({ id: contact.id, changes }, { onSuccess: onClose });
  }

  const fieldErrors = (serverError && serverError.errors.length > 0) || rejected !== undefined;
  return (
    <Dialog open onClose={onClose} title={`Edit ${contact.name ?? `contact #${contact.id}`}`}>
      <form noValidate onSubmit={submit}>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          {FIELDS.map(({ name, label, type, maxLength, hint }) => (
            <TextField
              key={name}
              name={name}
              label={label}
              type={type ?? 'text'}
              maxLength={maxLength}
              hint={hint}
              value={form[name]}
              onChange={(event) => {
                setForm({ ...form, [name]: event.target.value });
                setErrors({ ...errors, [name]: undefined });
              }}
              error={errors[name] ?? serverError?.fieldError(name) ?? (rejected?.field === name ? rejected.message : undefined)}
              className={name === 'email' || name === 'linkedinUrl' ? 'sm:col-span-2' : ''}
            />
          ))}
        </div>
        {update.isError && !fieldErrors && (
          <ProblemAlert error={update.error} action="Could not save the contact" className="mt-4" />
        )}
        <div className="mt-6 flex justify-end gap-3">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/**
 * The field a server refusal is about: "invalid-field" names it first in its detail ("country is
 * not a country"), "email-in-use" is about the e-mail.
 */
function rejectedField(error: ApiError | undefined): { field: ContactFormField; message: string } | undefined {
  if (error?.is('email-in-use')) {
    return { field: 'email', message: 'Another contact already has this e-mail address.' };
  }
  if (error?.is('invalid-field') && error.detail) {
    const [first = '', ...rest] = error.detail.split(' ');
    const field = FIELDS.find(({ name }) => name === first);
    if (field) {
      return { field: field.name, message: `${field.label} ${rest.join(' ')}` };
    }
  }
  return undefined;
}
