/**
 * PLACEHOLDER for the options page (the clerk's language, the hospital's HIS addresses).
 * Same contracts as the side panel: renders into `#app`, shows an `<h1>`, no console error.
 */
export function OptionsApp() {
  return (
    <main style={{ padding: '1rem', maxWidth: '40rem' }}>
      <h1>Payer Check – réglages</h1>
      <p>Les réglages (langue de l'interface, adresses du logiciel d'admission de l'hôpital) viendront ici.</p>
      <p class="pc-muted" lang="nl">
        Instellingen (taal van de interface, adressen van het opnameprogramma van het ziekenhuis) komen hier.
      </p>
    </main>
  );
}
