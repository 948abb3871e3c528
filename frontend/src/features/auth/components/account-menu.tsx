import { SignOutIcon } from '@/components/ui/icons';
import { useCurrentUser } from '@/lib/auth';
import { roleLabel } from '@/lib/authorization';

import { useLogout } from '@/features/auth/api/logout';

/** Who is signed in, in which tenant, and the way out. */
export function AccountMenu() {
  const user = useCurrentUser();
  const logoutMutation = useLogout();

  return (
    <div>
      <div className="flex items-center gap-3 px-2">
        <div
          aria-hidden="true"
          className="flex size-9 shrink-0 items-center justify-center rounded-full bg-indigo-500/20 text-sm font-semibold text-indigo-200"
        >
          {initials(user.displayName || user.email)}
        </div>
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-medium text-white" title={user.email}>
            <span className="sr-only">Signed in as </span>
            {user.displayName}
          </p>
          <p className="truncate text-xs text-slate-400">
            {user.tenant.name}
            <span aria-hidden="true" className="text-slate-600">
              {' · '}
            </span>
            <span className="sr-only">, </span>
            {roleLabel(user.role)}
          </p>
        </div>
      </div>
      <button
        type="button"
        onClick={() => logoutMutation.mutate()}
        disabled={logoutMutation.isPending}
        className="mt-2 flex w-full items-center gap-3 rounded-md px-3 py-2 text-sm font-medium text-slate-300 hover:bg-slate-800 hover:text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-400 disabled:opacity-50"
      >
        <SignOutIcon className="size-5 shrink-0 text-slate-400" />
        {logoutMutation.isPending ? 'Signing out…' : 'Sign out'}
      </button>
    </div>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : [name.trim()];
  return letters
    .map((part) => part?.[0] ?? '')
    .join('')
    .toUpperCase();
}
