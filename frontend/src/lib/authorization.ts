import type { SessionUser } from '@/lib/auth';

export type Role = SessionUser['role'];

/** Every tenant role, most powerful first, with the words the dashboard uses for it. */
export const ROLES = [
  { value: 'owner', label: 'Owner' },
  { value: 'admin', label: 'Admin' },
  { value: 'member', label: 'Member' },
  { value: 'viewer', label: 'Viewer' },
] as const satisfies readonly { value: Role; label: string }[];

export function roleLabel(role: string): string {
  return ROLES.find(({ value }) => value === role)?.label ?? role;
}

/** Owners and admins manage the tenant's users and read its audit log; the API enforces it too. */
export function canManageTenant(user: Pick<SessionUser, 'role'>): boolean {
  return user.role === 'owner' || user.role === 'admin';
}

/** Everyone but viewers uploads and starts imports; the API enforces it too. */
export function canImport(user: Pick<SessionUser, 'role'>): boolean {
  return user.role !== 'viewer';
}

/** Platform admins run the Leadline installation: they create and list tenants. */
export function canAdministerPlatform(user: Pick<SessionUser, 'platformAdmin'>): boolean {
  return user.platformAdmin;
}
