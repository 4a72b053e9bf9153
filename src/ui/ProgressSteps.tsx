export type ProgressStepsProps = {
  label: string;
  steps: readonly { id: string; title: string }[];
  currentIndex: number;
  /** "Step 2 of 5" in the person's language. */
  summary: string;
  onSelect?: (index: number) => void;
};

/** Where the person is in the procedure; earlier steps can be revisited. */
export function ProgressSteps({ label, steps, currentIndex, summary, onSelect }: ProgressStepsProps) {
  return (
    <nav className="progress" aria-label={label}>
      <p className="progress__summary">{summary}</p>
      <ol className="progress__list">
        {steps.map((step, index) => {
          const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo';
          return (
            <li key={step.id} className={`progress__item progress__item--${state}`}>
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
