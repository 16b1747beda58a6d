/**
 * PLACEHOLDER for the side panel. The real interface (questions, verdict, sources)
 * replaces this file. Keep these contracts, which the end-to-end tests and `npm start`
 * rely on: the app renders into `#app` of sidepanel.html, shows an `<h1>`, and logs no
 * console error.
 */
export function App() {
  return (
    <main style={{ padding: '1rem' }}>
      <h1>Payer Check</h1>
      <p>Qui facturer pour ce patient ? Les questions et le verdict s'afficheront ici.</p>
      <p class="pc-muted" lang="nl">
        Wie factureren voor deze patiënt? Vragen en uitkomst verschijnen hier.
      </p>
    </main>
  );
}
