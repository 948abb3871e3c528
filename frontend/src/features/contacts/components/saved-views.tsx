import { useId, useRef, useState, type FormEvent } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { controlClassName, TextField } from '@/components/ui/form';
import { ApiError } from '@/lib/api-error';

import {
  useCreateSavedView,
  useDeleteSavedView,
  useSavedViews,
  useUpdateSavedView,
  type SavedView,
} from '@/features/contacts/api/saved-views';
import { useColumnChoice } from '@/features/contacts/hooks/use-column-choice';
import { choiceOf, shownColumns } from '@/features/contacts/utils/columns';
import {
  DEFAULT_CONTACT_SORT,
  searchOfView,
  viewFilters,
  type ContactsSearch,
} from '@/features/contacts/utils/contacts-search';

const MAX_NAME = 100;

type SavedViewsProps = {
  search: ContactsSearch;
  onSearchChange: (search: ContactsSearch) => void;
};

/**
 * "Views": the user's saved filters, order and columns. Picking one applies it (the address
 * then names it, `?view=`); the page as it is now can be saved as a new view or written over
 * the picked one, which can also be renamed or deleted.
 */
export function SavedViews({ search, onSearchChange }: SavedViewsProps) {
  const views = useSavedViews();
  const [columns, setColumns] = useColumnChoice();
  const [dialog, setDialog] = useState<'save' | 'rename' | 'delete'>();
  const update = useUpdateSavedView();
  const selectId = useId();
  const current = views.data?.find((view) => view.id === search.view);
  const state = { filters: viewFilters(search), sort: search.sort ?? DEFAULT_CONTACT_SORT, columns: shownColumns(columns) };
  const modified = current !== undefined && !sameView(current, state);

  const apply = (view: SavedView | undefined) => {
    if (view) {
      setColumns(choiceOf(view.columns));
      onSearchChange(searchOfView(view));
    } else {
      onSearchChange({ ...search, view: undefined });
    }
  };

  return (
    <div role="group" aria-label="Saved views" className="flex flex-wrap items-center gap-2">
      <label htmlFor={selectId} className="text-sm font-medium text-slate-900">
        View
      </label>
      <select
        id={selectId}
        value={current?.id ?? ''}
        disabled={views.isPending}
        onChange={(event) => apply(views.data?.find((view) => view.id === Number(event.target.value)))}
        className={`${controlClassName} max-w-56 py-2 pr-8`}
      >
        <option value="">{views.isPending ? 'Loading views…' : 'No saved view'}</option>
        {views.data?.map((view) => (
          <option key={view.id} value={view.id}>
            {view.name}
          </option>
        ))}
      </select>
      {modified && (
        <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-200">
          Changed
        </span>
      )}
      <Button className="py-2" onClick={() => setDialog('save')}>
        Save view as…
      </Button>
      {current && (
        <>
          <Button
            className="py-2"
            disabled={!modified || update.isPending}
            title={modified ? 'Save the filters, order and columns shown now into this view' : 'Nothing changed'}
            onClick={() => update.mutate({ id: current.id, changes: state })}
          >
            {update.isPending ? 'Updating…' : 'Update view'}
          </Button>
          <Button className="py-2" onClick={() => setDialog('rename')}>
            Rename
          </Button>
          <Button variant="subtleDanger" className="py-2" onClick={() => setDialog('delete')}>
            Delete view
          </Button>
        </>
      )}
      {views.isError && <p className="text-sm text-red-700">Could not load your saved views.</p>}
      {update.isError && (
        <ProblemAlert
          error={update.error}
          action="Could not update the view"
          onDismiss={() => update.reset()}
          className="w-full"
        />
      )}
      <NameDialog
        open={dialog === 'save' || dialog === 'rename'}
        renaming={dialog === 'rename' ? current : undefined}
        state={state}
        onClose={() => setDialog(undefined)}
        onSaved={(view) => {
          setDialog(undefined);
          onSearchChange({ ...search, view: view.id });
        }}
      />
      <DeleteViewDialog
        view={dialog === 'delete' ? current : undefined}
        onClose={() => setDialog(undefined)}
        onDeleted={() => {
          setDialog(undefined);
          onSearchChange({ ...search, view: undefined });
        }}
      />
    </div>
  );
}

type ViewState = { filters: Record<string, unknown>; sort: string; columns: string[] };

/** Whether the page shows what the view keeps (its filters read as the address would be). */
function sameView(view: SavedView, state: ViewState): boolean {
  const { view: _id, sort, ...filters } = searchOfView(view);
  return (
    canonical(filters) === canonical(state.filters) &&
    (sort ?? DEFAULT_CONTACT_SORT) === state.sort &&
    canonical(shownColumns(choiceOf(view.columns))) === canonical(state.columns)
  );
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}

function NameDialog({
  open,
  renaming,
  state,
  onClose,
  onSaved,
}: {
  open: boolean;
  renaming: SavedView | undefined;
  state: ViewState;
  onClose: () => void;
  onSaved: (view: SavedView) => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={renaming ? `Rename “${renaming.name}”` : 'Save view'}
      description={
        renaming
          ? undefined
          : 'Saves the filters, search, order and columns shown now under a name only you see.'
      }
    >
      {open && <NameForm key={renaming?.id ?? 'new'} renaming={renaming} state={state} onCancel={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}

function NameForm({
  renaming,
  state,
  onCancel,
  onSaved,
}: {
  renaming: SavedView | undefined;
  state: ViewState;
  onCancel: () => void;
  onSaved: (view: SavedView) => void;
}) {
  const [name, setName] = useState(renaming?.name ?? '');
  const [blank, setBlank] = useState(false);
  const create = useCreateSavedView();
  const update = useUpdateSavedView();
  const saving = create.isPending || update.isPending;
  const error = create.error ?? update.error;
  const nameError = blank ? 'Give the view a name.' : error instanceof ApiError && error.status === 409 ? error.detail : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setBlank(true);
      return;
    }
    setBlank(false);
    if (renaming) {
      update.mutate({ id: renaming.id, changes: { name: name.trim() } }, { onSuccess: onSaved });
    } else {
      create.mutate({ name: name.trim(), ...state }, { onSuccess: onSaved });
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextField
        label="View name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        maxLength={MAX_NAME}
        required
        autoFocus
        error={nameError ?? undefined}
      />
      {error && !nameError && <ProblemAlert error={error} action="Could not save the view" className="mt-4" />}
      <div className="mt-6 flex justify-end gap-3">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={saving}>
          {saving ? 'Saving…' : renaming ? 'Rename view' : 'Save view'}
        </Button>
      </div>
    </form>
  );
}

function DeleteViewDialog({
  view,
  onClose,
  onDeleted,
}: {
  view: SavedView | undefined;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const remove = useDeleteSavedView();
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      open={view !== undefined}
      onClose={onClose}
      role="alertdialog"
      initialFocus={cancelRef}
      title={view ? `Delete the view “${view.name}”?` : 'Delete the view?'}
      description="Only the saved view goes; no contact is deleted."
    >
      {view && (
        <div>
          {remove.error && <ProblemAlert error={remove.error} action="Could not delete the view" className="mb-4" />}
          <div className="flex justify-end gap-3">
            <Button ref={cancelRef} onClick={onClose}>
              Cancel
            </Button>
            <Button
              variant="danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate(view.id, { onSuccess: onDeleted })}
            >
              {remove.isPending ? 'Deleting…' : 'Delete view'}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
