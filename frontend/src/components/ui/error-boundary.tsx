import { Component, type ErrorInfo, type ReactNode } from 'react';

import { ErrorFallback } from './error-fallback';

type ErrorBoundaryProps = {
  children: ReactNode;
  /** Replaces the default fallback; `reset` re-renders the children. */
  fallback?: (props: { error: unknown; reset: () => void }) => ReactNode;
  onError?: (error: unknown, info: ErrorInfo) => void;
};

type ErrorBoundaryState = { failed: false } | { failed: true; error: unknown };

/** Keeps one crashed panel from taking the rest of the page down with it. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { failed: true, error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.props.onError?.(error, info);
  }

  reset = () => {
    this.setState({ failed: false });
  };

  override render() {
    if (!this.state.failed) {
      return this.props.children;
    }
    const { error } = this.state;
    return this.props.fallback ? (
      this.props.fallback({ error, reset: this.reset })
    ) : (
      <ErrorFallback error={error} onRetry={this.reset} />
    );
  }
}
