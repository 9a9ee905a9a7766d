/** Footnote marks after a statement: [1][3], linking to the numbered sources. */
export function Refs({ n }: { n: number[] }) {
  if (!n.length) return null;
  return (
    <sup className="pp-ref">
      {n.map((k) => (
        <a key={k} href={`#pp-fn-${k}`}>
          [{k}]
        </a>
      ))}
    </sup>
  );
}
