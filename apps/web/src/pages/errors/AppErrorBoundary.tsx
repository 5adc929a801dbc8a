import { Component, type ErrorInfo, type ReactNode } from 'react';
import { RenderErrorPage } from './RenderErrorPage';

/** The last wall, around everything the router does not cover (providers). */
export class AppErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <RenderErrorPage /> : this.props.children;
  }
}
