import type { ComponentProps, ReactNode } from 'react';

type IconProps = Omit<ComponentProps<'svg'>, 'children'>;

function Icon({ children, className = 'size-5', ...props }: IconProps & { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
      {...props}
    >
      {children}
    </svg>
  );
}

export function OverviewIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="3.75" y="3.75" width="7" height="7" rx="1.5" />
      <rect x="13.25" y="3.75" width="7" height="7" rx="1.5" />
      <rect x="3.75" y="13.25" width="7" height="7" rx="1.5" />
      <rect x="13.25" y="13.25" width="7" height="7" rx="1.5" />
    </Icon>
  );
}

export function ContactsIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="12" cy="8" r="3.75" />
      <path d="M4.5 20.25a7.5 7.5 0 0 1 15 0" />
    </Icon>
  );
}

export function CompaniesIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M3 21h18" />
      <rect x="5.25" y="3.75" width="9" height="17.25" rx="1" />
      <path d="M14.25 9.75h3.75a.75.75 0 0 1 .75.75V21" />
      <path d="M8.25 7.5h3M8.25 11.25h3M8.25 15h3" />
    </Icon>
  );
}

export function ImportsIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M12 3.75v10.5m0 0-4-4m4 4 4-4" />
      <path d="M3.75 15.75V18A2.25 2.25 0 0 0 6 20.25h12A2.25 2.25 0 0 0 20.25 18v-2.25" />
    </Icon>
  );
}

export function JobsIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M20.25 12a8.25 8.25 0 1 1-2.416-5.834" />
      <path d="M20.25 3.75v4.5h-4.5" />
      <path d="M12 8.25V12l2.25 2.25" />
    </Icon>
  );
}

export function AdminIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M12 3 4.5 6v5.25c0 4.5 3.2 8.4 7.5 9.75 4.3-1.35 7.5-5.25 7.5-9.75V6L12 3Z" />
      <path d="m9 12 2.25 2.25L15 10.5" />
    </Icon>
  );
}

export function AlertIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M12 9v3.75m0 3.75h.008" />
      <path d="M10.34 3.94 2.82 17.25A1.88 1.88 0 0 0 4.45 20.1h15.1a1.88 1.88 0 0 0 1.63-2.85L13.66 3.94a1.9 1.9 0 0 0-3.32 0Z" />
    </Icon>
  );
}

export function UsersIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="9" cy="8.25" r="3.25" />
      <path d="M2.75 19.5a6.25 6.25 0 0 1 12.5 0" />
      <path d="M15.5 5.2a3.25 3.25 0 0 1 0 6.1" />
      <path d="M18 14.2a6.25 6.25 0 0 1 3.25 5.3" />
    </Icon>
  );
}

export function AuditIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="4.5" y="3.75" width="15" height="16.5" rx="1.5" />
      <path d="M8.25 8.25h7.5M8.25 12h7.5M8.25 15.75h4.5" />
    </Icon>
  );
}

export function SignOutIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M15.75 8.25 19.5 12l-3.75 3.75M19.5 12H9.75" />
      <path d="M13.5 4.5H6A1.5 1.5 0 0 0 4.5 6v12A1.5 1.5 0 0 0 6 19.5h7.5" />
    </Icon>
  );
}

export function PlusIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M12 4.5v15M4.5 12h15" />
    </Icon>
  );
}

export function LockIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="4.5" y="10.5" width="15" height="9.75" rx="1.5" />
      <path d="M8.25 10.5V7.5a3.75 3.75 0 0 1 7.5 0v3" />
    </Icon>
  );
}

export function CloseIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M6 6l12 12M18 6 6 18" />
    </Icon>
  );
}

export function CheckCircleIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="12" cy="12" r="8.25" />
      <path d="m8.75 12.25 2.25 2.25 4.25-4.75" />
    </Icon>
  );
}

export function InfoIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="12" cy="12" r="8.25" />
      <path d="M12 11.25v4.5M12 8.25h.008" />
    </Icon>
  );
}

export function XCircleIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="12" cy="12" r="8.25" />
      <path d="m9.75 9.75 4.5 4.5m0-4.5-4.5 4.5" />
    </Icon>
  );
}

export function ArrowLeftIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M10.5 19.5 3 12l7.5-7.5M3 12h18" />
    </Icon>
  );
}

export function SearchIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="10.5" cy="10.5" r="6.75" />
      <path d="m15.75 15.75 4.5 4.5" />
    </Icon>
  );
}

export function DownloadIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M12 3.75v11.25m0 0-4.5-4.5M12 15l4.5-4.5" />
      <path d="M3.75 16.5v1.5a2.25 2.25 0 0 0 2.25 2.25h12A2.25 2.25 0 0 0 20.25 18v-1.5" />
    </Icon>
  );
}

/** A column that can be sorted but is not. */
export function ChevronUpDownIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="m8.25 9.75 3.75-3.75 3.75 3.75M8.25 14.25 12 18l3.75-3.75" />
    </Icon>
  );
}

export function ChevronUpIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="m6.75 14.25 5.25-5.25 5.25 5.25" />
    </Icon>
  );
}

export function ChevronDownIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="m6.75 9.75 5.25 5.25 5.25-5.25" />
    </Icon>
  );
}

export function GlobeIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="12" cy="12" r="8.25" />
      <path d="M3.75 12h16.5M12 3.75c2.25 2.25 3.375 5 3.375 8.25S14.25 18 12 20.25C9.75 18 8.625 15.25 8.625 12S9.75 6 12 3.75Z" />
    </Icon>
  );
}

export function SparklesIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M9.75 4.5 11 8.25a3 3 0 0 0 1.9 1.9l3.85 1.35-3.85 1.35a3 3 0 0 0-1.9 1.9L9.75 18.5 8.5 14.75a3 3 0 0 0-1.9-1.9L2.75 11.5l3.85-1.35a3 3 0 0 0 1.9-1.9L9.75 4.5Z" />
      <path d="M18 3.75v3m-1.5-1.5h3M18 15.75v3m-1.5-1.5h3" />
    </Icon>
  );
}

export function CreditsIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <ellipse cx="12" cy="6.75" rx="7.5" ry="3" />
      <path d="M4.5 6.75v5.25c0 1.66 3.36 3 7.5 3s7.5-1.34 7.5-3V6.75M4.5 12v5.25c0 1.66 3.36 3 7.5 3s7.5-1.34 7.5-3V12" />
    </Icon>
  );
}

export function DocumentIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M14.25 3H7.5A1.5 1.5 0 0 0 6 4.5v15A1.5 1.5 0 0 0 7.5 21h9a1.5 1.5 0 0 0 1.5-1.5V6.75L14.25 3Z" />
      <path d="M14.25 3v3.75H18M9 12h6M9 15.75h6" />
    </Icon>
  );
}
