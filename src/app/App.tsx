/**
 * Application shell. The scenario editor, dashboard and 3D twin grow in their own issues; for now the
 * shell shows the built-in Manitoba pilot's design point, computed by the core in the browser.
 */
export function App() {
  return (
    <div className="shell">
      <header className="top">
        <h1>Heat Reuse Twin</h1>
        <p className="tag">Manitoba pilot · 360 liquid-cooled miners → plate exchanger → tomato greenhouse</p>
      </header>
      <main className="content">
        <section className="placeholder" aria-label="3D twin">
          <p>The 3D twin of the plant will appear here.</p>
        </section>
      </main>
    </div>
  );
}
