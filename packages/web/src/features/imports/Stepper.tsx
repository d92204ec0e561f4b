const STEPS = ['Fichier', 'Correspondance des colonnes', 'Vérification', 'Import'];

/** Wizard progress; the current step is announced with aria-current. */
export function Stepper({ current }: { current: number }) {
  return (
    <ol className="stepper" aria-label="Étapes de l’import">
      {STEPS.map((label, i) => (
        <li key={label} aria-current={i === current ? 'step' : undefined} className={i < current ? 'stepper__done' : undefined}>
          <span className="stepper__number" aria-hidden="true">{i < current ? '✓' : i + 1}</span>
          {label}
          {i < current && <span className="visually-hidden"> (terminée)</span>}
        </li>
      ))}
    </ol>
  );
}
