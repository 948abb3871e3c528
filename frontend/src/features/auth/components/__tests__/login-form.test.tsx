import { describe, expect, it, vi } from 'vitest';

import { LoginForm } from '@/features/auth/components/login-form';
import { getAccessToken, getAuthState } from '@/lib/auth';
import { buildMe, buildToken } from '@/testing/data';
import { jsonResponse, leadlineProblem, mockApi, requestsOf } from '@/testing/mock-fetch';
import { renderWithProviders, screen } from '@/testing/test-utils';

async function fillAndSubmit(user: ReturnType<typeof renderWithProviders>['user']) {
  await user.type(screen.getByLabelText('E-mail'), 'ada@acme.test');
  await user.type(screen.getByLabelText('Password'), 'correct horse battery');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginForm', () => {
  it('signs in with the cookie flavour of the API and starts the session', async () => {
    const me = buildMe();
    const fetchMock = mockApi({
      'POST /api/v1/auth/login': () => jsonResponse(buildToken({ accessToken: 'access-9', user: me })),
    });
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(<LoginForm onSuccess={onSuccess} />);

    await fillAndSubmit(user);

    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    const [login] = requestsOf(fetchMock);
    expect(await login!.request.json()).toEqual({
      email: 'ada@acme.test',
      password: 'correct horse battery',
      useCookie: true,
    });
    expect(getAccessToken()).toBe('access-9');
    expect(getAuthState()).toEqual({ status: 'authenticated', user: me });
  });

  it('says the e-mail or password is wrong, and clears the password for another try', async () => {
    mockApi({
      'POST /api/v1/auth/login': () =>
        leadlineProblem('invalid-credentials', 401, { title: 'Invalid e-mail or password' }),
    });
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(<LoginForm onSuccess={onSuccess} />);

    await fillAndSubmit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid e-mail or password');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(screen.getByLabelText('E-mail')).toHaveValue('ada@acme.test');
    expect(onSuccess).not.toHaveBeenCalled();
    expect(getAuthState().status).not.toBe('authenticated');
  });

  it('tells how many seconds to wait after too many attempts', async () => {
    mockApi({
      'POST /api/v1/auth/login': () =>
        leadlineProblem(
          'too-many-requests',
          429,
          { title: 'Too Many Requests' },
          { 'Retry-After': '42' },
        ),
    });
    const { user } = renderWithProviders(<LoginForm onSuccess={vi.fn()} />);

    await fillAndSubmit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts, try again in 42 seconds',
    );
  });

  it('shows the rejected fields of a validation problem', async () => {
    mockApi({
      'POST /api/v1/auth/login': () =>
        leadlineProblem('validation-failed', 400, {
          title: 'Validation failed',
          errors: [{ field: 'email', message: 'must be a well-formed email address' }],
        }),
    });
    const { user } = renderWithProviders(<LoginForm onSuccess={vi.fn()} />);

    await fillAndSubmit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('Validation failed');
    expect(screen.getByLabelText('E-mail')).toHaveAccessibleDescription(
      'must be a well-formed email address',
    );
    expect(screen.getByLabelText('E-mail')).toBeInvalid();
  });

  it('disables the submit button while signing in', async () => {
    let answer!: (response: Response) => void;
    mockApi({
      'POST /api/v1/auth/login': () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    const { user } = renderWithProviders(<LoginForm onSuccess={vi.fn()} />);

    await fillAndSubmit(user);

    expect(await screen.findByRole('button', { name: 'Signing in…' })).toBeDisabled();
    answer(jsonResponse(buildToken()));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeEnabled();
  });
});
