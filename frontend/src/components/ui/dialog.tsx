import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

type DialogProps = {
  open: boolean;
  /** Called on Escape, on a click on the backdrop and by the dialog's own buttons. */
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** Receives focus when the dialog opens; the first focusable element does otherwise. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Alert dialogs ask for a decision (role="alertdialog"). */
  role?: 'dialog' | 'alertdialog';
};

/**
 * A modal dialog: focus moves in and is kept in, the page behind is inert, Escape and a click
 * on the backdrop close it, and focus returns to whatever opened it.
 */
export function Dialog({ open, ...props }: DialogProps) {
  if (!open) {
    return null;
  }
  return createPortal(<DialogContent {...props} />, document.body);
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The dialogs open now, the last on top: only that one answers Escape and Tab. */
const openDialogs: HTMLElement[] = [];

function DialogContent({
  onClose,
  title,
  description,
  children,
  initialFocus,
  role = 'dialog',
}: Omit<DialogProps, 'open'>) {
  const overlayRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const overlay = overlayRef.current;
    const panel = panelRef.current;
    if (!overlay || !panel) {
      return undefined;
    }
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;

    // Everything else on the page leaves the tab order and the accessibility tree.
    const background = Array.from(document.body.children).filter(
      (element) => element !== overlay && !element.hasAttribute('inert'),
    );
    for (const element of background) {
      element.setAttribute('inert', '');
    }
    document.body.classList.add('overflow-hidden');

    const first = initialFocus?.current ?? panel.querySelector<HTMLElement>(FOCUSABLE) ?? panel;
    first.focus();
    openDialogs.push(panel);

    function onKeyDown(event: KeyboardEvent) {
      if (openDialogs.at(-1) !== panel || event.defaultPrevented) {
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        onCloseRef.current();
        return;
      }
      if (event.key !== 'Tab' || !panel) {
        return;
      }
      const focusable = Array.from(panel.querySelectorAll<HTMLElement>(FOCUSABLE));
      const firstItem = focusable[0];
      const lastItem = focusable[focusable.length - 1];
      if (!firstItem || !lastItem) {
        event.preventDefault();
        return;
      }
      // On the panel itself (after a click on its text, say) Tab goes to either end too.
      const active = document.activeElement;
      const outside = active === panel || !panel.contains(active);
      if (event.shiftKey && (active === firstItem || outside)) {
        event.preventDefault();
        lastItem.focus();
      } else if (!event.shiftKey && (active === lastItem || outside)) {
        event.preventDefault();
        firstItem.focus();
      }
    }
    document.addEventListener('keydown', onKeyDown);

    return () => {
      document.removeEventListener('keydown', onKeyDown);
      openDialogs.splice(openDialogs.indexOf(panel), 1);
      for (const element of background) {
        element.removeAttribute('inert');
      }
      document.body.classList.remove('overflow-hidden');
      if (opener?.isConnected) {
        opener.focus();
      }
    };
    // Runs once per opening; initialFocus is read at that moment only.
  }, []);

  return (
    <div
      ref={overlayRef}
      className="fixed inset-0 z-40 flex items-end justify-center bg-slate-900/50 p-4 sm:items-center"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) {
          onCloseRef.current();
        }
      }}
    >
      <div
        ref={panelRef}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        tabIndex={-1}
        className="max-h-[calc(100vh-2rem)] w-full max-w-lg overflow-y-auto rounded-xl bg-white p-6 shadow-xl ring-1 ring-slate-900/5 focus:outline-none"
      >
        <h2 id={titleId} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        {description && (
          <div id={descriptionId} className="mt-1 text-sm text-slate-500">
            {description}
          </div>
        )}
        <div className="mt-5">{children}</div>
      </div>
    </div>
  );
}
