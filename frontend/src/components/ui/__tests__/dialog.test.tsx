import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import { Dialog } from '@/components/ui/dialog';
import { render, screen } from '@/testing/test-utils';

function Confirmation({ keepOpener = true }: { keepOpener?: boolean }) {
  const [open, setOpen] = useState(false);
  const [nested, setNested] = useState(false);
  return (
    <>
      <button type="button">Elsewhere</button>
      {(keepOpener || !open) && (
        <button type="button" onClick={() => setOpen(true)}>
          Delete contact
        </button>
      )}
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        role="alertdialog"
        title="Delete Ada Lovelace?"
        description="This cannot be undone."
      >
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
        <button type="button" onClick={() => setNested(true)}>
          Details
        </button>
        <button type="button">Delete</button>
        <Dialog open={nested} onClose={() => setNested(false)} title="Details">
          <button type="button">Close details</button>
        </Dialog>
      </Dialog>
    </>
  );
}

async function openByKeyboard(user: ReturnType<typeof userEvent.setup>) {
  screen.getByRole('button', { name: 'Delete contact' }).focus();
  await user.keyboard('{Enter}');
  return screen.getByRole('alertdialog', { name: 'Delete Ada Lovelace?' });
}

describe('Dialog', () => {
  it('moves focus into the dialog when it opens', async () => {
    const user = userEvent.setup();
    render(<Confirmation />);

    await openByKeyboard(user);

    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const user = userEvent.setup();
    render(<Confirmation />);
    await openByKeyboard(user);

    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
  });

  it('keeps Shift+Tab inside when the dialog itself has focus, after a click on its text', async () => {
    const user = userEvent.setup();
    render(<Confirmation />);
    const dialog = await openByKeyboard(user);

    await user.click(screen.getByText('This cannot be undone.'));
    expect(dialog).toHaveFocus();
    await user.tab({ shift: true });

    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const user = userEvent.setup();
    render(<Confirmation />);
    await openByKeyboard(user);

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete contact' })).toHaveFocus();
  });

  it('closes without a fuss when the button that opened it is gone', async () => {
    const user = userEvent.setup();
    render(<Confirmation keepOpener={false} />);
    await openByKeyboard(user);

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(document.body).toHaveFocus();
  });

  it('closes only the top one of two dialogs on Escape, and focus goes back into the one below', async () => {
    const user = userEvent.setup();
    render(<Confirmation />);
    await openByKeyboard(user);
    await user.click(screen.getByRole('button', { name: 'Details' }));
    expect(screen.getByRole('button', { name: 'Close details' })).toHaveFocus();

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog', { name: 'Details' })).not.toBeInTheDocument();
    expect(screen.getByRole('alertdialog', { name: 'Delete Ada Lovelace?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Details' })).toHaveFocus();
  });
});
