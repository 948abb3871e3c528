import { getRouteApi, useNavigate } from '@tanstack/react-router';

import { LogoMark } from '@/components/ui/logo';
import { paths } from '@/config/paths';
import { LoginForm } from '@/features/auth/components/login-form';

const route = getRouteApi('/login');

export function LoginPage() {
  const { redirect } = route.useSearch();
  const navigate = useNavigate();

  return (
    <main
      id="main-content"
      className="flex min-h-full flex-col items-center justify-center px-4 py-12 sm:px-6"
    >
      <div className="w-full max-w-sm">
        <div className="flex flex-col items-center text-center">
          <LogoMark className="size-10" />
          <h1 className="mt-5 text-2xl font-semibold tracking-tight text-slate-900">
            Sign in to Leadline
          </h1>
          <p className="mt-1 text-sm text-slate-500">Use the e-mail address your admin invited.</p>
        </div>
        <div className="mt-8 rounded-xl bg-white p-6 shadow-xs ring-1 ring-slate-200 sm:p-8">
          <LoginForm
            onSuccess={() =>
              void navigate({ href: redirect ?? paths.overview.path, replace: true })
            }
          />
        </div>
      </div>
    </main>
  );
}
