import { useState } from 'react';

import { Alert, ProblemAlert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { controlClassName } from '@/components/ui/form';
import { PlusIcon, UsersIcon } from '@/components/ui/icons';
import { Table, TableBody, TableHead, TableSkeleton, Td, Th } from '@/components/ui/table';
import { useCurrentUser } from '@/lib/auth';
import { ROLES, type Role } from '@/lib/authorization';
import { formatDate } from '@/lib/format';

import { useUsers, type UserView } from '@/features/users/api/get-users';
import { useUpdateUser, type UpdateUserRequest } from '@/features/users/api/update-user';
import { CreateUserDialog } from '@/features/users/components/create-user-dialog';
import { RemoveUserDialog } from '@/features/users/components/remove-user-dialog';

type Problem = { action: string; error: unknown };

/** The tenant's users: list, add, change role, disable and remove. */
export function UsersDirectory() {
  const me = useCurrentUser();
  const users = useUsers();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<UserView | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function report(next: Problem | null, message: string | null = null) {
    setProblem(next);
    setNotice(message);
  }

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-500">
          Everyone who can sign in to <span className="font-medium text-slate-700">{me.tenant.name}</span>.
        </p>
        <Button variant="primary" onClick={() => setAdding(true)}>
          <PlusIcon className="size-4" />
          Add user
        </Button>
      </div>

      <div role="status" className="mt-4 empty:hidden">
        {notice && (
          <Alert
            tone="success"
            announce={false}
            title={notice}
            onDismiss={() => setNotice(null)}
          />
        )}
      </div>
      {problem && (
        <ProblemAlert
          error={problem.error}
          action={problem.action}
          onDismiss={() => setProblem(null)}
          className="mt-4"
        />
      )}

      <div className="mt-4">
        {users.isPending ? (
          <UsersTableSkeleton />
        ) : users.data === undefined ? (
          <ErrorFallback error={users.error} onRetry={() => void users.refetch()} />
        ) : users.data.pages.every((page) => page.items.length === 0) ? (
          <EmptyState icon={<UsersIcon className="size-6" />} title="No users yet" />
        ) : (
          <>
            <Table label="Users">
              <UsersTableHead />
              <TableBody>
                {users.data.pages.flatMap((page) =>
                  page.items.map((user) => (
                    <UserRow
                      key={user.id}
                      user={user}
                      isSelf={user.id === me.id}
                      onProblem={(next) => report(next)}
                      onRemove={() => setRemoving(user)}
                    />
                  )),
                )}
              </TableBody>
            </Table>
            {users.hasNextPage && (
              <div className="mt-4 flex justify-center">
                <Button
                  onClick={() => void users.fetchNextPage()}
                  disabled={users.isFetchingNextPage}
                >
                  {users.isFetchingNextPage ? 'Loading…' : 'Load more'}
                </Button>
              </div>
            )}
            {users.isError && (
              <ProblemAlert
                error={users.error}
                action={
                  users.isFetchNextPageError
                    ? 'Could not load more users'
                    : 'Could not refresh the list'
                }
                className="mt-4"
              />
            )}
          </>
        )}
      </div>

      <CreateUserDialog
        open={adding}
        onClose={() => setAdding(false)}
        onCreated={(user) => {
          setAdding(false);
          report(null, `Added ${user.email}`);
        }}
      />
      <RemoveUserDialog
        user={removing}
        onClose={() => setRemoving(null)}
        onRemoved={(user) => {
          setRemoving(null);
          report(null, `Removed ${user.email}`);
        }}
      />
    </div>
  );
}

function UsersTableHead() {
  return (
    <TableHead>
      <Th>Name</Th>
      <Th>E-mail</Th>
      <Th>Role</Th>
      <Th>Status</Th>
      <Th>Created</Th>
      <Th className="text-right">
        <span className="sr-only">Actions</span>
      </Th>
    </TableHead>
  );
}

type UserRowProps = {
  user: UserView;
  isSelf: boolean;
  onProblem: (problem: Problem | null) => void;
  onRemove: () => void;
};

function UserRow({ user, isSelf, onProblem, onRemove }: UserRowProps) {
  const updateMutation = useUpdateUser();
  const selfHint = isSelf ? 'You cannot change your own account here' : undefined;

  function update(changes: UpdateUserRequest, action: string) {
    onProblem(null);
    updateMutation.mutate(
      { id: user.id, changes },
      { onError: (error) => onProblem({ action, error }) },
    );
  }

  return (
    <tr className="hover:bg-slate-50/60">
      <Td className="font-medium text-slate-900">
        <span className="flex items-center gap-2">
          {user.displayName}
          {isSelf && <Badge tone="indigo">You</Badge>}
        </span>
      </Td>
      <Td>{user.email}</Td>
      <Td>
        <select
          aria-label={`Role of ${user.email}`}
          title={selfHint}
          value={user.role}
          disabled={isSelf || updateMutation.isPending}
          onChange={(event) =>
            update(
              { role: event.target.value as Role },
              `Could not change the role of ${user.email}`,
            )
          }
          className={`${controlClassName} w-32 py-1 pr-8 pl-2.5`}
        >
          {ROLES.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Td>
      <Td>
        {user.disabled ? (
          <Badge tone="amber">Disabled</Badge>
        ) : (
          <Badge tone="emerald">Active</Badge>
        )}
      </Td>
      <Td className="whitespace-nowrap">
        <time dateTime={user.createdAt}>{formatDate(user.createdAt)}</time>
      </Td>
      <Td className="text-right whitespace-nowrap">
        <div className="inline-flex gap-2">
          <Button
            title={selfHint}
            disabled={isSelf || updateMutation.isPending}
            aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${user.email}`}
            onClick={() =>
              update(
                { disabled: !user.disabled },
                `Could not ${user.disabled ? 'enable' : 'disable'} ${user.email}`,
              )
            }
          >
            {user.disabled ? 'Enable' : 'Disable'}
          </Button>
          <Button
            title={selfHint}
            disabled={isSelf}
            aria-label={`Remove ${user.email}`}
            onClick={onRemove}
            variant="subtleDanger"
          >
            Remove
          </Button>
        </div>
      </Td>
    </tr>
  );
}

function UsersTableSkeleton() {
  return (
    <TableSkeleton label="Users" loadingText="Loading users…" head={<UsersTableHead />} rows={4} columns={6}
      cellClassName="max-w-32" />
  );
}
