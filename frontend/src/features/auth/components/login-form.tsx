import { useRef, useState, type FormEvent } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describeError } from '@/components/ui/error-fallback';
import { TextField } from '@/components/ui/form';
import { ApiError } from '@/lib/api-client';
import type { TokenView } from '@/lib/auth';

import { useLogin } from '@/features/auth/api/login';

type LoginFormProps = {
  onSuccess: (token: TokenView) => void;
};

export function LoginForm({ onSuccess }: LoginFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const passwordRef = useRef<HTMLInputElement>(null);
  const loginMutation = useLogin({ onSuccess });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    loginMutation.mutate(
      { email: email.trim(), password },
      {
        onError: (error) => {
          if (error instanceof ApiError && error.status === 401) {
            setPassword('');
            passwordRef.current?.focus();
          }
        },
      },
    );
  }

  const error = loginMutation.error;
  const message = error ? loginErrorMessage(error) : null;
  const fieldError = (field: string) =>
    error instanceof ApiError ? error.fieldError(field) : undefined;

  return (
    <form onSubmit={handleSubmit} className="space-y-5" aria-label="Sign in">
      {message && (
        <Alert title={message.title}>{message.detail && <p>{message.detail}</p>}</Alert>
      )}
      <TextField
        label="E-mail"
        name="email"
        type="email"
        autoComplete="username"
        required
        autoFocus
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={fieldError('email')}
      />
      <TextField
        ref={passwordRef}
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={fieldError('password')}
      />
      <Button
        type="submit"
        variant="primary"
        className="w-full py-2"
        disabled={loginMutation.isPending}
      >
        {loginMutation.isPending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}

/** What to tell someone whose sign-in failed. */
export function loginErrorMessage(error: unknown): { title: string; detail?: string } {
  if (error instanceof ApiError) {
    if (error.status === 429 || error.is('too-many-requests')) {
      const seconds = error.retryAfter;
      return {
        title:
          seconds === undefined
            ? 'Too many attempts, try again later'
            : `Too many attempts, try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}`,
      };
    }
    if (error.is('invalid-credentials') || error.status === 401) {
      // The server's title is the message; a detail would only hint at which half was wrong.
      return { title: error.title === 'Unauthorized' ? 'Invalid e-mail or password' : error.title };
    }
  }
  return describeError(error);
}
