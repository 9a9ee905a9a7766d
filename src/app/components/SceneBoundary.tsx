/** Keeps the page working when the 3D view cannot start (no WebGL, a shader error…). */
import { Component, type ReactNode } from 'react';

export class SceneBoundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(e: unknown) {
    return { error: (e as Error)?.message ?? String(e) };
  }
  override render() {
    if (this.state.error) {
      return (
        <div className="slot-fallback">
          The 3D view could not start ({this.state.error}). The numbers below are unaffected.
        </div>
      );
    }
    return this.props.children;
  }
}
