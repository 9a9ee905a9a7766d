/** The small "PNG" and "CSV" buttons in a chart's caption. */

function save(href: string, file: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = file;
  document.body.append(a);
  a.click();
  a.remove();
}

export function ExportButtons({
  name,
  png,
  csv,
}: {
  name: string;
  png?: (() => string | Promise<string>) | undefined;
  csv?: (() => string) | undefined;
}) {
  return (
    <span className="chart-export">
      {png ? (
        <button
          type="button"
          className="small"
          aria-label={`Save ${name} as PNG`}
          onClick={async () => save(await png(), `${name}.png`)}
        >
          PNG
        </button>
      ) : null}
      {csv ? (
        <button
          type="button"
          className="small"
          aria-label={`Save ${name} as CSV`}
          onClick={() => {
            const url = URL.createObjectURL(new Blob([csv()], { type: 'text/csv' }));
            save(url, `${name}.csv`);
            setTimeout(() => URL.revokeObjectURL(url), 1000);
          }}
        >
          CSV
        </button>
      ) : null}
    </span>
  );
}
