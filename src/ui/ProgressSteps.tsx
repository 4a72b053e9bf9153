export type ProgressStepsProps = {
  label: string;
  steps: readonly { id: string; title: string }[];
  currentIndex: number;
  /** "Step 2 of 5" in the person's language. */
  summary: string;
  onSelect?: (index: number) => void;
};

/**
 * Where the person is in the procedure: numbered steps (the number for the eye; a screen reader
 * hears the list's own "n of m"), the current one marked `aria-current="step"`; the others can be
 * opened directly.
 */
export function ProgressSteps({ label, steps, currentIndex, summary, onSelect }: ProgressStepsProps) {
  return (
    <nav className="progress" aria-label={label}>
      <p className="progress__summary">{summary}</p>
      <ol className="progress__list">
        {steps.map((step, index) => {
          const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo';
          return (
            <li key={step.id} className={`progress__item progress__item--${state}`}>
              <span className="progress__number" aria-hidden="true">
                {index + 1}
              </span>
              {onSelect && index !== currentIndex ? (
                <button type="button" className="progress__button" onClick={() => onSelect(index)}>
                  {step.title}
                </button>
              ) : (
                <span aria-current={state === 'current' ? 'step' : undefined}>{step.title}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
