import { useState, type FormEvent } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form';
import { Skeleton } from '@/components/ui/skeleton';

import { useBranding, useSaveBranding, type Branding } from '@/features/reports/api/branding';

/** The largest logo the API takes, decoded. */
const MAX_LOGO_BYTES = 256 * 1024;

/** How the tenant's dossiers look: name, accent colour and logo; owners and admins change it. */
export function BrandingForm({ canEdit }: { canEdit: boolean }) {
  const branding = useBranding();
  if (branding.isPending) {
    return <Skeleton className="h-24 w-full" />;
  }
  if (branding.isError) {
    return <ProblemAlert error={branding.error} action="Could not load the branding" />;
  }
  return <BrandingFields initial={branding.data} canEdit={canEdit} />;
}

function BrandingFields({ initial, canEdit }: { initial: Branding; canEdit: boolean }) {
  const [displayName, setDisplayName] = useState(initial.displayName ?? '');
  const [colour, setColour] = useState(initial.colour ?? '#1F4E79');
  const [logo, setLogo] = useState<{ data: string; type: string } | null>(
    initial.logo ? { data: initial.logo, type: initial.logoMediaType } : null,
  );
  const [logoError, setLogoError] = useState<string>();
  const save = useSaveBranding();

  async function pickLogo(file: File | undefined) {
    setLogoError(undefined);
    if (!file) {
      return;
    }
    if (file.type !== 'image/png' && file.type !== 'image/jpeg') {
      setLogoError('The logo must be a PNG or JPEG image.');
      return;
    }
    if (file.size > MAX_LOGO_BYTES) {
      setLogoError('The logo must be at most 256 KB.');
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    bytes.forEach((byte) => (binary += String.fromCharCode(byte)));
    setLogo({ data: btoa(binary), type: file.type });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({
      displayName: displayName.trim() || (undefined as unknown as string),
      colour: colour.toUpperCase(),
      logo: logo?.data ?? (null as unknown as string),
      logoMediaType: logo?.type ?? (null as unknown as string),
    });
  }

  return (
    <form onSubmit={submit} aria-label="Branding" className="space-y-4">
      <p className="text-sm text-slate-500">How your dossiers look; reports started after a change use it.</p>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <TextField
          label="Name on the dossiers"
          value={displayName}
          maxLength={200}
          disabled={!canEdit}
          hint="Empty: the tenant's name."
          onChange={(e) => setDisplayName(e.target.value)}
        />
        <TextField
          label="Accent colour"
          type="color"
          value={colour}
          disabled={!canEdit}
          className="[&_input]:h-9 [&_input]:p-1"
          onChange={(e) => setColour(e.target.value)}
        />
        <TextField
          label="Logo"
          type="file"
          accept="image/png,image/jpeg"
          disabled={!canEdit}
          error={logoError}
          hint={logo ? 'A logo is set; pick another to replace it.' : 'PNG or JPEG, at most 256 KB.'}
          onChange={(e) => void pickLogo(e.target.files?.[0])}
        />
      </div>
      {save.isError && <ProblemAlert error={save.error} action="Could not save the branding" />}
      {save.isSuccess && <p className="text-sm text-emerald-700" role="status">Branding saved.</p>}
      {canEdit && (
        <div className="flex justify-end gap-2">
          {logo && (
            <Button onClick={() => setLogo(null)} disabled={save.isPending}>
              Remove logo
            </Button>
          )}
          <Button type="submit" variant="primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save branding'}
          </Button>
        </div>
      )}
    </form>
  );
}
