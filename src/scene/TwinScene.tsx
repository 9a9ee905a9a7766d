import type { TwinSceneProps } from './types';

/** Placeholder until the 3D twin lands (issue 6); keeps the lazy import and its props stable. */
export default function TwinScene({ hour }: TwinSceneProps) {
  return (
    <section className="placeholder" aria-label="3D twin">
      <p>The 3D twin of the plant will appear here (hour {hour + 1}).</p>
    </section>
  );
}
